// Pin the environment every test sees: colours, terminal size, time zone.
process.env.FORCE_COLOR = '0';
process.env.NO_COLOR = '1';
process.env.TZ = 'UTC';
process.env.COLUMNS = '100';
process.env.LINES = '30';
