import { z } from 'zod'

const blankIsUnset = (v: unknown) => (v === '' ? undefined : v)

/** The page's only input: one team, or every team the user may see. */
export const practiceExceptionQuery = z.object({
  team: z.preprocess(blankIsUnset, z.uuid({ error: 'Select a team from the list' }).optional()),
})
export type PracticeExceptionQuery = z.infer<typeof practiceExceptionQuery>
