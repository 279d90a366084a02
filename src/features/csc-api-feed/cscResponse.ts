/**
 * Reads the endpoint's answer to one batch record by record (DfE CSC API data flow: "the response
 * is checked record by record"; research/standards.md §5). The shape is the one the D2I senders
 * handle (data-to-insight/dfe-csc-api-data-flows, api_pipeline/api.py and
 * api_pipeline/pshell_api_sender/api_payload_sender.ps1):
 * - a 200 carries a JSON list with one receipt per record, in the order sent: the date, the time
 *   and the receiver's id joined by underscores (the PowerShell sender expects a trailing ".json",
 *   the Python one does not; both are read here). Each item is checked on its own, as the
 *   PowerShell sender matches each against the receipt pattern: a receipt accepts its record; any
 *   other item (an error object, say) fails that record alone and is stored as its message. The
 *   spec defines no per-record error item, so failing anything that is not a receipt, rather than
 *   trusting it, is Cairn's assumption; a failed record is simply sent again on the next run.
 * - a list of the wrong length, or an answer that is not a list, cannot be matched to the records:
 *   every record fails, as the Python sender marks a "response count mismatch" or an invalid
 *   structure. (So a 2xx with no receipts is not taken as a whole-batch success.)
 * - any other status from the endpoint rejects the batch. The D2I senders pick out the records the
 *   error names by their index in square brackets ("[3]"): those keep the error itself, the others
 *   are marked as valid records in a rejected batch. All of them fail and are sent again next time.
 */
import type { SendResult } from './cscSender.js'

export type RecordOutcome = { readonly accepted: boolean; readonly response: string }

/** Date, time (fractions of a second optional) and id, joined by underscores. */
const receiptPattern = /^\d{4}-\d{2}-\d{2}_\d{2}:\d{2}:\d{2}(\.\d+)?_\S+$/

const isReceipt = (item: unknown): item is string => typeof item === 'string' && receiptPattern.test(item.trim())

const textOf = (item: unknown) => (typeof item === 'string' ? item : JSON.stringify(item))

function parseList(body: string): unknown[] | null {
  try {
    const parsed: unknown = JSON.parse(body)
    return Array.isArray(parsed) ? parsed : null
  } catch {
    return null
  }
}

/** Indexes the error names as "[n]", the D2I senders' way of finding the failing records. */
function namedIndexes(body: string): Set<number> {
  return new Set([...body.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))
}

/** One outcome per record sent, in the order sent. */
export function recordOutcomes(result: SendResult, count: number): RecordOutcome[] {
  const all = (response: string) => Array.from({ length: count }, () => ({ accepted: false, response }))
  const answer = result.status === null ? result.body : `${result.status}: ${result.body}`
  // A token failure or a network failure says nothing about any one record.
  if (!result.answered) return all(answer)
  if (!result.ok) {
    const named = namedIndexes(result.body)
    const rejected = `${result.status}: the batch was rejected; this record was not named in the error`
    return Array.from({ length: count }, (_, i) => ({ accepted: false, response: named.has(i) ? answer : rejected }))
  }
  const items = parseList(result.body)
  if (!items) return all(`${answer} (not a list of receipts, so no record can be taken as accepted)`)
  if (items.length !== count) return all(`${result.status}: ${items.length} receipts for ${count} records, so none can be matched`)
  return items.map((item) => ({ accepted: isReceipt(item), response: textOf(item) }))
}
