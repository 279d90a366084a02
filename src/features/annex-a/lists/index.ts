/** Every Annex A list's query, keyed by list id (src/domain/annexA/lists.ts holds the columns). */
import type { AnnexAListId } from '../../../domain/annexA/lists.js'
import { caseLists } from './caseLists.js'
import type { ListQuery } from './common.js'
import { frontDoorLists } from './frontDoorLists.js'
import { laterLists } from './laterLists.js'

export const listQueries = { ...frontDoorLists, ...caseLists, ...laterLists } as Record<
  AnnexAListId,
  ListQuery
>
export { windowSql, type ListQuery, type WindowSql } from './common.js'
