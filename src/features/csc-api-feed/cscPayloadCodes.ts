/**
 * The code lists the DfE CSC API data flow's schema checks accept
 * (data-to-insight/dfe-csc-api-data-flows, pre_flight_checks/ssd_vw_csc_api_schema_checks.sql,
 * against DfE API schema v0.9.0; research/standards.md §5). Each carries the rule as the messages
 * state it, so a stopped row says what was expected without echoing the value.
 */
export type AllowedCodes = { readonly codes: ReadonlySet<string>; readonly rule: string }

const allowed = (codes: readonly string[], rule = codes.join(', ')): AllowedCodes => ({ codes: new Set(codes), rule })

/** "upn_unknown code": UN1 to UN10 (the CIN census uses UN1–UN7, all within it). */
export const upnUnknownReasons = allowed(Array.from({ length: 10 }, (_, i) => `UN${i + 1}`), 'UN1 to UN10')

/** "care_leaver_activity code": the 903 OC3 ACTIV codes other than "0" (not known). */
export const careLeaverActivities = allowed(['F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6'])

/** "care_leaver_accommodation code": 903 OC3 ACCOM type letters, without W, X, Y and Z. */
export const careLeaverAccommodations = allowed(['B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V'])
