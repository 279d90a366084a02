/**
 * Citations and published figures the catalogue shares. Figures come from research/domain.md §4
 * (DfE Explore Education Statistics releases); where it gives none, the benchmark is marked absent.
 */
export const WT23 = 'Working Together to Safeguard Children 2023, chapter 2'
export const CIN_CENSUS = 'DfE Children in need statistics (CIN census)'
export const ANNEX_A = 'Ofsted ILACS Annex A'
export const LOCAL = 'Local measure (Cairn)'
export const CIN_2025 = 'DfE Children in need 2025'
export const CSWW_2023 = 'DfE Children’s social work workforce 2023'
