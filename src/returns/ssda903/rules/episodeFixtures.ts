/** Test rows for the Episodes rule tests (test-only). */
import type { Ssda903Row } from '../tables.js'

export const H = (o: Partial<Ssda903Row<'Header'>> = {}) => ({ CHILD: 'C1', SEX: 'F', DOB: '01/01/2010', ETHNIC: 'WBRI', UPN: 'A123456789012', MOTHER: '0', ...o })
export const E = (o: Partial<Ssda903Row<'Episodes'>> = {}) => ({ CHILD: 'C1', DECOM: '01/05/2025', RNE: 'S', LS: 'C2', CIN: 'N1', PLACE: 'U4', PLACE_PROVIDER: 'PR1', URN: 'SC123456', PL_POST: 'AB1 2CD', HOME_POST: 'XY1 1ZZ', ...o })
/** One episode under `o`, for the one-row rules. */
export const one = (o: Partial<Ssda903Row<'Episodes'>>) => ({ Episodes: [E(o)] })
/** A child born on `dob` with the given episodes. */
export const child = (dob: string, ...episodes: Partial<Ssda903Row<'Episodes'>>[]) => ({ Header: [H({ DOB: dob })], Episodes: episodes.map(E) })
/** An episode that ends with X1 on `dec` followed by one starting that day with `next`. */
export const pair = (first: Partial<Ssda903Row<'Episodes'>>, next: Partial<Ssda903Row<'Episodes'>>, dec = '01/07/2025') => ({
  Episodes: [E({ DEC: dec, REC: 'X1', ...first }), E({ DECOM: dec, RNE: 'P', PLACE: 'U6', ...next })],
})
