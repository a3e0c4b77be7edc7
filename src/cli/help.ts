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
  chartdesk requests list|add|cancel|not-fillable   chart requests
  chartdesk missing list|mark|find|found|approve    missing charts and the misfile finder
  chartdesk loose add|list|filed                    loose reports waiting for a chart
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
  'pull-list': `Usage: chartdesk pull-list --date YYYY-MM-DD [--clinic CODE] [--format text|csv] [--print]
       chartdesk pull-list pull --date YYYY-MM-DD [--clinic CODE] [--counter NAME] BARCODE...

Every chart requested for that day (or for one clinic), in the file room's filing order
(config filingOrder), grouped by section. Each line shows where the chart is now; those that
cannot be pulled say why (out to whom, or missing). --print also sends it to the printer
(config printing). "pull" moves the scanned charts to the holding location (config
holdingLocation) and marks their requests pulled.`,
  report: `Usage: chartdesk report shift [--date YYYY-MM-DD] [--format text|csv] [--print]

End of shift: charts still out by custodian and by age, moves per operator and per counter,
request-to-fill minutes (mean, median, max) and the day's pull-list retrieval rate.
--date defaults to today. No patient names.`,
  requests: `Usage: chartdesk requests list [--date YYYY-MM-DD] [--format text|csv]
       chartdesk requests add (--chart BARCODE | --mrn MRN) --location CODE --needed "YYYY-MM-DD HH:MM" [--requester BADGE]
       chartdesk requests cancel ID [--reason TEXT]
       chartdesk requests not-fillable ID --reason TEXT

list shows open requests (or every request needed on --date). add with --mrn requests the
volumes the location's rule names (config locations.CODE.volumeRule: ALL or LAST).`,
  loose: `Usage: chartdesk loose add MRN DESCRIPTION [--by BADGE]
       chartdesk loose list [--format text|csv]
       chartdesk loose filed ID [--by BADGE]

Loose reports waiting for a chart, listed in filing order. The counter says so when a volume
of that patient comes back.`,
  missing: `Usage: chartdesk missing list
       chartdesk missing mark BARCODE [--note TEXT] [--by BADGE]
       chartdesk missing find BARCODE
       chartdesk missing found BARCODE [--note TEXT] [--by BADGE]
       chartdesk missing approve BARCODE --badge SUPERVISOR   (PIN read from stdin, never an argument)

find shows the last custodians with days held, and the likely misfile positions (pairs
swapped, digits transposed, neighbouring sections) with the charts sitting there now.
A found chart stays pending until a supervisor approves it with badge and PIN.`,
  find: `Usage: chartdesk find TEXT [--json]

Searches like the clerk workspace: patient names by prefix (family and given, case and accents
folded; "Family, Given" narrows), MRNs exact or by prefix, chart barcodes, badges and location
codes. Prints each chart's state (in file, or out to whom since when). Shows names: it is a
clerk tool. Every search is written to the access log (counter "cli"). Exit 1 when nothing is
found.`,
  staff: `Usage: chartdesk staff set-pin BADGE

Sets (or resets) the PIN of a clerk or supervisor, and clears any lockout. The PIN is asked for
twice with echo off, never taken as an argument; when stdin is not a terminal, the first two
lines of stdin are read instead. A PIN is 4 to 12 digits.`,
};
