import { describe } from 'vitest'
import { adoptionRules } from './adoption.js'
import { ruleCases } from './ruleCheck.js'
import { ad1Row } from './testReturn.js'

// Year ending 31 March 2026: 1 April 2025 to 31 March 2026.
const AD1 = ['DATE_INT', 'DATE_MATCH', 'FOSTER_CARE', 'NB_ADOPTR', 'SEX_ADOPTR', 'LS_ADOPTR']
const ad1 = ad1Row
const pa = (row: Record<string, string> = {}) => ({
  CHILD: 'c1',
  DOB: '01/01/2020',
  DATE_PLACED: '01/02/2025',
  ...row,
})
const header = [{ CHILD: 'c1', DOB: '01/01/2020' }]
const ep = (row: Record<string, string>) => ({
  CHILD: 'c1',
  DECOM: '01/01/2024',
  RNE: 'S',
  LS: 'C2',
  PLACE: 'U4',
  ...row,
})
const adopted = [ep({ DECOM: '01/04/2025', RNE: 'P', LS: 'E1', PLACE: 'A4', DEC: '01/10/2025', REC: 'E11' })]
const ab = { SEX_ADOPTR: 'MF', NB_ADOPTR: '2' }

describe('903 AD1 and PlacedAdoption rules', () => {
  ruleCases(adoptionRules, [
    { code: '112', fail: { AD1: [ad1({ DATE_INT: '31/02/2025' })] }, hits: [['AD1', 0, 'c1', ['DATE_INT']]], pass: { AD1: [ad1()] } },
    { code: '113', fail: { AD1: [ad1({ DATE_MATCH: '2025-03-01' })] }, hits: [['AD1', 0, 'c1', ['DATE_MATCH']]], pass: { AD1: [ad1()] } },
    { code: '114', fail: { AD1: [ad1({ FOSTER_CARE: '2' })] }, hits: [['AD1', 0, 'c1', ['FOSTER_CARE']]], pass: { AD1: [ad1({ FOSTER_CARE: '1' })] } },
    { code: '175', fail: { AD1: [ad1({ NB_ADOPTR: '3' })] }, hits: [['AD1', 0, 'c1', ['NB_ADOPTR']]], pass: { AD1: [ad1()] } },
    { code: '176', fail: { AD1: [ad1({ SEX_ADOPTR: 'X1' })] }, hits: [['AD1', 0, 'c1', ['SEX_ADOPTR']]], pass: { AD1: [ad1()] } },
    { code: '177', fail: { AD1: [ad1({ LS_ADOPTR: 'L9' })] }, hits: [['AD1', 0, 'c1', ['LS_ADOPTR']]], pass: { AD1: [ad1()] } },
    { code: '151', fail: { AD1: [ad1({ LS_ADOPTR: '' })] }, hits: [['AD1', 0, 'c1', AD1]], pass: { AD1: [ad1()] } },
    { code: '511', fail: { AD1: [ad1({ NB_ADOPTR: '2' })] }, hits: [['AD1', 0, 'c1', ['NB_ADOPTR', 'SEX_ADOPTR']]], pass: { AD1: [ad1(ab)] } },
    { code: '514', fail: { AD1: [ad1(ab)] }, hits: [['AD1', 0, 'c1', ['LS_ADOPTR', 'SEX_ADOPTR']]], pass: { AD1: [ad1()] } },
    { code: '517', fail: { AD1: [ad1({ LS_ADOPTR: 'L3', SEX_ADOPTR: 'FF' })] }, hits: [['AD1', 0, 'c1', ['LS_ADOPTR', 'SEX_ADOPTR']]], pass: { AD1: [ad1({ LS_ADOPTR: 'L3', SEX_ADOPTR: 'MF' })] } },
    { code: '518', fail: { AD1: [ad1({ LS_ADOPTR: 'L4', SEX_ADOPTR: 'MF' })] }, hits: [['AD1', 0, 'c1', ['LS_ADOPTR', 'SEX_ADOPTR']]], pass: { AD1: [ad1({ LS_ADOPTR: 'L4', SEX_ADOPTR: 'FF' })] } },
    { code: '519', fail: { AD1: [ad1({ LS_ADOPTR: 'L2', SEX_ADOPTR: 'F1' })] }, hits: [['AD1', 0, 'c1', ['LS_ADOPTR', 'SEX_ADOPTR']]], pass: { AD1: [ad1({ LS_ADOPTR: 'L2', SEX_ADOPTR: 'MM' })] } },
    { code: '520', fail: { AD1: [ad1({ LS_ADOPTR: 'L11', SEX_ADOPTR: 'MM' })] }, hits: [['AD1', 0, 'c1', ['LS_ADOPTR', 'SEX_ADOPTR']]], pass: { AD1: [ad1({ LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' })] } },
    { code: '524', fail: { AD1: [ad1({ LS_ADOPTR: 'L12', SEX_ADOPTR: 'MF' })] }, hits: [['AD1', 0, 'c1', ['LS_ADOPTR', 'SEX_ADOPTR']]], pass: { AD1: [ad1({ LS_ADOPTR: 'L12', SEX_ADOPTR: 'MM' })] } },
    { code: '333', fail: { AD1: [ad1({ DATE_INT: '02/03/2025' })] }, hits: [['AD1', 0, 'c1', ['DATE_INT', 'DATE_MATCH']]], pass: { AD1: [ad1()] } },
    { code: '334', fail: { Episodes: [ep({ DECOM: '01/03/2025' })], AD1: [ad1()] }, hits: [['Episodes', 0, 'c1', ['DECOM', 'RNE']], ['AD1', 0, 'c1', ['DATE_INT']]], pass: { Episodes: [ep({})], AD1: [ad1()] } },
    { code: '331', fail: { Episodes: [ep({ DECOM: '01/02/2025', DEC: '01/10/2025', REC: 'E11' })], AD1: [ad1()] }, hits: [['Episodes', 0, 'c1', ['DECOM', 'REC']], ['AD1', 0, 'c1', ['DATE_MATCH']]], pass: { Episodes: adopted, AD1: [ad1()] } },
    { code: '335', fail: { Episodes: adopted, AD1: [ad1({ FOSTER_CARE: '1' })] }, hits: [['Episodes', 0, 'c1', ['PLACE']], ['AD1', 0, 'c1', ['FOSTER_CARE']]], pass: { Episodes: adopted, AD1: [ad1()] } },
    { code: '521', fail: { Episodes: [ep({ DECOM: '01/01/2025', PLACE: 'A4' })], AD1: [ad1()] }, hits: [['Episodes', 0, 'c1', ['PLACE', 'DECOM']], ['AD1', 0, 'c1', ['DATE_INT']]], pass: { Episodes: adopted, AD1: [ad1()] } },
    { code: '582', fail: { Episodes: adopted, AD1: [ad1({ DATE_MATCH: '01/10/2025' })] }, hits: [['Episodes', 0, 'c1', ['DEC']]], pass: { Episodes: adopted, AD1: [ad1()] } },
    { code: '601', fail: { Episodes: [...adopted, ep({ CHILD: 'c2', DEC: '01/05/2025', REC: 'E12' })], AD1: [ad1({ LS_ADOPTR: '' })], }, hits: [['Episodes', 0, 'c1', ['REC']], ['AD1', 0, 'c1', AD1], ['Episodes', 1, 'c2', ['REC']]], pass: { Episodes: adopted, AD1: [ad1()] } },
    { code: '602', fail: { Episodes: [ep({})], AD1: [ad1()] }, hits: [['AD1', 0, 'c1', ['CHILD']]], pass: { Episodes: adopted, AD1: [ad1()] } },
    { code: 'INT01', fail: { AD1: [ad1()] }, hits: [['AD1', 0, 'c1', ['CHILD']]], pass: { Header: header, AD1: [ad1()] } },
    { code: 'INT11', fail: { Header: header, AD1: [ad1({ DOB: '02/01/2020' })] }, hits: [['AD1', 0, 'c1', ['DOB']]], pass: { Header: header, AD1: [ad1()] } },
    { code: 'INT31', fail: { AD1: [ad1(), ad1()] }, hits: [['AD1', 0, 'c1', ['CHILD']], ['AD1', 1, 'c1', ['CHILD']]], pass: { AD1: [ad1()] } },
    { code: '115', fail: { PlacedAdoption: [pa({ DATE_PLACED: '32/01/2025' })] }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED']]], pass: { PlacedAdoption: [pa()] } },
    { code: '116', fail: { PlacedAdoption: [pa({ DATE_PLACED_CEASED: 'soon' })] }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED_CEASED']]], pass: { PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/03/2025' })] } },
    { code: '119', fail: { PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/03/2025' })] }, hits: [['PlacedAdoption', 0, 'c1', ['REASON_PLACED_CEASED', 'DATE_PLACED_CEASED']]], pass: { PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: 'RD1' })] } },
    { code: '120', fail: { PlacedAdoption: [pa({ REASON_PLACED_CEASED: 'RD9' })] }, hits: [['PlacedAdoption', 0, 'c1', ['REASON_PLACED_CEASED']]], pass: { PlacedAdoption: [pa({ REASON_PLACED_CEASED: 'RD4' })] } },
    { code: '184', fail: { Header: [{ CHILD: 'c1', DOB: '01/03/2025' }], PlacedAdoption: [pa()] }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED']]], pass: { Header: header, PlacedAdoption: [pa()] } },
    { code: '522', fail: { PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/01/2025' })] }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED', 'DATE_PLACED_CEASED']]], pass: { PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/03/2025' })] } },
    { code: '563', fail: { PlacedAdoption: [pa({ DATE_PLACED: '', DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: 'RD1' })], }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED', 'REASON_PLACED_CEASED', 'DATE_PLACED_CEASED']]], pass: { PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: 'RD1' })] } },
    { code: '579', fail: { PlacedAdoption: [pa(), pa({ DATE_PLACED: '01/06/2025' })] }, hits: [['PlacedAdoption', 1, 'c1', ['DATE_PLACED', 'DATE_PLACED_CEASED']]], pass: { PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/03/2025' }), pa({ DATE_PLACED: '01/06/2025' })] } },
    { code: '583', fail: { PlacedAdoption: [pa(), pa({ DATE_PLACED: '01/06/2025' })] }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED', 'DATE_PLACED_CEASED']]], pass: { PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/03/2025' }), pa({ DATE_PLACED: '01/06/2025' })] } },
    { code: '523', fail: { PlacedAdoption: [pa({ DATE_PLACED: '02/02/2025' })], AD1: [ad1()] }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED']], ['AD1', 0, 'c1', ['DATE_INT']]], pass: { PlacedAdoption: [pa()], AD1: [ad1()] } },
    { code: '525', fail: { PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/03/2025' })], AD1: [ad1()] }, hits: [['PlacedAdoption', 0, 'c1', ['DATE_PLACED_CEASED']], ['AD1', 0, 'c1', AD1]], pass: { PlacedAdoption: [pa()], AD1: [ad1()] } },
    { code: '1003', fail: { Episodes: [ep({ DECOM: '01/03/2025' })], PlacedAdoption: [pa()] }, hits: [['Episodes', 0, 'c1', ['DECOM', 'RNE']], ['PlacedAdoption', 0, 'c1', ['DATE_PLACED']]], pass: { Episodes: [ep({})], PlacedAdoption: [pa()] } },
    { code: '551', fail: { Episodes: [ep({ PLACE: 'A5' })] }, hits: [['Episodes', 0, 'c1', ['PLACE']]], pass: { Episodes: [ep({ PLACE: 'A5' })], PlacedAdoption: [pa()] } },
    { code: '552', fail: { Episodes: [ep({ DECOM: '01/01/2025', PLACE: 'A5' })], PlacedAdoption: [pa()] }, hits: [['Episodes', 0, 'c1', ['DECOM']], ['PlacedAdoption', 0, 'c1', ['DATE_PLACED']]], pass: { Episodes: [ep({ DECOM: '01/03/2025', PLACE: 'A5' })], PlacedAdoption: [pa()] } },
    { code: '553', fail: { Episodes: [ep({ LS: 'E1' }), ep({ CHILD: 'c2', LS: 'E1' })], PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: 'RD1' })], }, hits: [['Episodes', 1, 'c2', ['LS']], ['PlacedAdoption', 0, 'c1', ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED']]], pass: { Episodes: [ep({ LS: 'E1' })], PlacedAdoption: [pa()] } },
    { code: '554', fail: { Episodes: [ep({ DECOM: '01/01/2025', LS: 'E1' })], PlacedAdoption: [pa()] }, hits: [['Episodes', 0, 'c1', ['DECOM', 'LS']], ['PlacedAdoption', 0, 'c1', ['DATE_PLACED']]], pass: { Episodes: [ep({ DECOM: '01/03/2025', LS: 'E1' })], PlacedAdoption: [pa()] } },
    { code: '557', fail: { Episodes: [ep({ LS: 'E1', DEC: '01/06/2025', REC: 'E4A' })], PlacedAdoption: [pa()] }, hits: [['Episodes', 0, 'c1', ['PLACE', 'LS', 'REC']], ['PlacedAdoption', 0, 'c1', ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED']]], pass: { Episodes: [ep({ LS: 'E1', DEC: '01/06/2025', REC: 'E4A' })], PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/05/2025', REASON_PLACED_CEASED: 'RD1' })], } },
    { code: '557', year: 2024, fail: { Episodes: [ep({ LS: 'D1', DECOM: '01/01/2023', DEC: '01/06/2023', REC: 'E4A' })], PlacedAdoption: [pa()] }, hits: [['Episodes', 0, 'c1', ['PLACE', 'LS', 'REC']], ['PlacedAdoption', 0, 'c1', ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED']]], pass: { Episodes: [ep({ LS: 'D1', DECOM: '01/01/2023', DEC: '01/06/2023', REC: 'E4A' })], PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/05/2023', REASON_PLACED_CEASED: 'RD1' })] } },
    { code: '557', fail: { Episodes: [ep({ LS: 'E1', DEC: '01/06/2025', REC: 'E4A' })], PlacedAdoption: [pa()] }, hits: [['Episodes', 0, 'c1', ['PLACE', 'LS', 'REC']], ['PlacedAdoption', 0, 'c1', ['DATE_PLACED_CEASED', 'REASON_PLACED_CEASED']]], pass: { Episodes: [ep({ LS: 'D1', DEC: '01/06/2025', REC: 'E4A' })], PlacedAdoption: [pa()] } },
    { code: '558', fail: { Episodes: adopted, PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/03/2025', REASON_PLACED_CEASED: 'RD1' })], }, hits: [['Episodes', 0, 'c1', ['REC']]], pass: { Episodes: adopted, PlacedAdoption: [pa()] } },
    { code: '117', fail: { Episodes: [ep({ DEC: '01/01/2025', REC: 'E4A' })], PlacedAdoption: [pa()] }, hits: [['Episodes', 0, 'c1', ['DEC', 'REC']], ['PlacedAdoption', 0, 'c1', ['DATE_PLACED', 'DATE_PLACED_CEASED']]], pass: { Episodes: [ep({})], PlacedAdoption: [pa()] } },
    { code: '118', fail: { Episodes: [ep({})], PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/03/2025' })] }, hits: [['Episodes', 0, 'c1', ['DECOM']], ['PlacedAdoption', 0, 'c1', ['DATE_PLACED_CEASED']]], pass: { Episodes: [ep({})], PlacedAdoption: [pa({ DATE_PLACED_CEASED: '01/05/2025' })] } },
    { code: 'INT02', fail: { PlacedAdoption: [pa()] }, hits: [['PlacedAdoption', 0, 'c1', ['CHILD']]], pass: { Header: header, PlacedAdoption: [pa()] } },
    { code: 'INT12', fail: { Header: header, PlacedAdoption: [pa({ DOB: '02/01/2020' })] }, hits: [['PlacedAdoption', 0, 'c1', ['DOB']]], pass: { Header: header, PlacedAdoption: [pa()] } },
  ])
})
