/**
 * The bench's own copy of the chart-row SQL the floors use: the columns a chart line shows
 * (chart, patient, home, custodian), joined in one statement. Kept here, not imported, so a
 * floor stays bare SQL whatever the kiosk's query layer does.
 */
export const FLOOR_COLUMNS =
  'SELECT c.*, p.mrn, p.family_name, p.given_name, p.birth_date, h.code AS home_code, ' +
  'h.name AS home_name, s.badge AS s_badge, s.name AS s_name, s.department AS s_department, ' +
  'l.code AS l_code, l.name AS l_name, l.kind AS l_kind';

/** Joins from a chart `c` with patient `p` to its home and custodian. */
export const FLOOR_JOINS =
  ' JOIN locations h ON h.id = c.home_location_id' +
  " LEFT JOIN staff s ON c.custodian_kind = 'staff' AND s.id = c.custodian_id" +
  " LEFT JOIN locations l ON c.custodian_kind = 'location' AND l.id = c.custodian_id";

/** FROM charts with its patient, home and custodian. */
export const FLOOR_CHARTS =
  FLOOR_COLUMNS + ' FROM charts c JOIN patients p ON p.id = c.patient_id' + FLOOR_JOINS;
