/** Help texts for the command line: every user-visible CLI sentence about usage lives here. */
export const HELP: Record<string, string> = {
  main: `chartdesk: the records-counter kiosk and its tools

Usage:
  chartdesk [--config FILE]                 open the counter kiosk (npm start)
  chartdesk import KIND FILE.csv            KIND: patients, charts, staff, locations, appointments
  chartdesk scan [--counter NAME] [--at ISO] [--json] CODE...
  chartdesk where CODE                      where a chart is now, and who has had it
  chartdesk find TEXT [--json]              search patients, MRNs, charts, badges, locations
  chartdesk export movements [--since ISO] [--format csv|jsonl]
  chartdesk export access-log [--since ISO] [--format csv|jsonl]
  chartdesk verify                          integrity check + movement hash chain
  chartdesk backup FILE                     online backup of the live database
  chartdesk demo [--patients N]             fill an empty database with synthetic demo data
  chartdesk staff set-pin BADGE             set a clerk's PIN (prompted, never an argument)
  chartdesk pull-list --date YYYY-MM-DD [--clinic CODE] [--format text|csv]
  chartdesk report shift [--date YYYY-MM-DD]
  chartdesk scanner list|watch|decode       scanner diagnostics

Every command takes --config FILE (default ./kiosk.config.json) and --help.
Exit codes: 0 done, 1 refused or failed, 2 bad usage or invalid config.`,
  import: `Usage: chartdesk import patients|charts|staff|locations|appointments FILE.csv [--config FILE]

The file has a header row. Columns:
  patients:     mrn,family_name,given_name,birth_date   (YYYY-MM-DD)
  charts:       chart_barcode,mrn,volume,home_location  (volume defaults to 1, home to the file room)
  staff:        badge,name,department,role              (role: staff, clerk or supervisor)
  locations:    code,name,kind                          (file_room, clinic, ward, department, other)
  appointments: clinic,date,time,mrn                    (creates chart requests)
All or nothing: any bad row means exit 1, one message per bad row, and nothing written.
An existing key is updated.`,
  scan: `Usage: chartdesk scan [--counter NAME] [--at ISO] [--json] CODE...

Processes the codes in order as one walk-up visit, through the same engine as the kiosk.
Prints one line per code: check_out, return, transfer, session_start, session_end, location,
unchanged, undo, or rejected: <reason>. Exit 0 when every code was accepted, 1 otherwise.`,
  where: `Usage: chartdesk where CODE

Where a chart is now (in file, or out to whom since when and due when), and every custodian
it has had with the days each held it.`,
  export: `Usage: chartdesk export movements [--since ISO] [--format csv|jsonl]
       chartdesk export access-log [--since ISO] [--format csv|jsonl]

Streams to stdout in constant memory.`,
  verify: `Usage: chartdesk verify

Runs SQLite's integrity check, checks the movement hash chain from the first row and each
chart's state against the log. Names the first broken row; exit 1 when anything is wrong.`,
  backup: `Usage: chartdesk backup FILE

Online backup of the live database to FILE (mode 0600), safe while the kiosk runs.`,
  demo: `Usage: chartdesk demo [--patients N]

Fills an empty database with synthetic demo data: obviously fake names, no SSNs.`,
};
