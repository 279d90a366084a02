/**
 * Name, place and phone lists for the synthetic council. Written for Cairn, not copied from any
 * register: every person and address the generator makes up is fictional (ARCHITECTURE.md §8:
 * "The data is never real"). The heritage groups follow Leicester's population, where about 59% of
 * children were from minority ethnic groups in 2015 and about 70% of the school population in 2024
 * (research/domain.md §4.3), so names, religion and first language agree with ethnicity.
 */

export type Heritage =
  | 'british'
  | 'indian'
  | 'southAsianMuslim'
  | 'african'
  | 'caribbean'
  | 'eastEuropean'
  | 'chinese'
  | 'middleEastern'

type NameSet = {
  readonly female: readonly string[]
  readonly male: readonly string[]
  readonly surnames: readonly string[]
}

/** Lists are written as one string so the file stays short: words split on spaces, places on commas. */
const words = (text: string): readonly string[] => text.split(' ')
const places = (text: string): readonly string[] => text.split(', ')

const set = (female: string, male: string, surnames: string): NameSet => ({
  female: words(female),
  male: words(male),
  surnames: words(surnames),
})

// 104 first names and 89 surnames in all.
export const namesByHeritage: Record<Heritage, NameSet> = {
  british: set(
    'Olivia Amelia Isla Ava Lily Freya Ella Grace Poppy Evie Chloe Jessica Megan Holly',
    'Oliver George Harry Jack Noah Leo Charlie Alfie Freddie Archie Tyler Kyle Connor Liam',
    'Smith Jones Taylor Brown Williams Wilson Johnson Walker Wright Robinson Thompson White Hughes Edwards ' +
      'Green Hall Wood Harris Clarke Cooper Ward Turner Hill Moore Baker Parker Bennett Marsh Doherty Murphy ' +
      'Kelly Gallagher',
  ),
  indian: set(
    'Priya Anjali Riya Simran Kiran Meera Diya Harleen',
    'Arjun Rohan Dev Vikram Jaspreet Harjit Nikhil Aarav',
    'Patel Mistry Parmar Chauhan Solanki Lad Kaur Singh Sandhu Gill Shah Joshi Bhatt Desai',
  ),
  southAsianMuslim: set(
    'Aisha Fatima Maryam Zainab Hafsa Nadia Safiya Ruqayyah',
    'Mohammed Yusuf Ibrahim Bilal Imran Zayn Hamza Ayaan',
    'Khan Hussain Ahmed Ali Begum Rahman Iqbal Mahmood Choudhury Akhtar Uddin',
  ),
  african: set(
    'Amina Hodan Ifeoma Chiamaka Abena Nasra',
    'Abdi Mohamed Chinedu Kwame Tendai Samuel',
    'Abdi Warsame Hassan Okafor Adeyemi Mensah Okonkwo Nkomo Mohamud',
  ),
  caribbean: set(
    'Shanice Kayla Jada Tiana',
    'Marcus Jerome Tyrese Dwayne',
    'Campbell Francis Grant Henry Brown Reid',
  ),
  eastEuropean: set(
    'Zuzanna Natalia Alexandra Ioana Daria',
    'Jakub Kacper Andrei Lukas Mihai',
    'Nowak Kowalski Wiśniewski Popescu Ionescu Kazlauskas Horvath Novak',
  ),
  chinese: set('Mei Xinyi Jia', 'Wei Jun Hao', 'Chen Wang Li Zhang'),
  middleEastern: set('Leila Rania Noor Dilan', 'Omar Karim Rebwar Ali', 'Haddad Saleh Karimi Ahmadi Rashid'),
}

/** Street names in the style of Leicester and its suburbs (made up or generic). */
export const streets = places(
  'Melton Road, Belgrave Road, Narborough Road, London Road, Uppingham Road, Hinckley Road, Welford Road, ' +
    'Aylestone Road, Saffron Lane, Braunstone Lane, Gipsy Lane, Catherine Street, Evington Road, ' +
    'Green Lane Road, Loughborough Road, Abbey Lane, Humberstone Road, St Saviours Road, Mere Road, ' +
    'Beaumont Leys Lane, Stocking Farm Way, New Parks Boulevard, Fosse Road North, Tudor Road, ' +
    'Westcotes Drive, Wigston Lane, Blaby Road, Station Road, Church Street, Victoria Road, Park Avenue, ' +
    'Orchard Close, Meadow Way, Willow Crescent, Hawthorn Drive, Kingfisher Avenue, Sycamore Close, ' +
    'Elm Tree Road, Mill Lane, High Street',
)

/** Towns with their postcode districts (LE1–LE19) and a weight. Only the district is real. */
export const towns: readonly (readonly [string, readonly number[], number])[] = [
  ['Leicester', [1, 2, 3, 4, 5], 60],
  ['Wigston', [18], 5],
  ['Oadby', [2], 4],
  ['Loughborough', [11], 4],
  ['Braunstone Town', [3], 3],
  ['Birstall', [4], 3],
  ['Thurmaston', [4], 3],
  ['Hinckley', [10], 3],
  ['Glenfield', [3], 2],
  ['Syston', [7], 2],
  ['Enderby', [19], 2],
  ['Blaby', [8], 2],
  ['Market Harborough', [16], 2],
  ['Melton Mowbray', [13], 2],
  ['Narborough', [19], 1],
  ['Countesthorpe', [8], 1],
  ['Kibworth', [8], 1],
  ['Lutterworth', [17], 1],
  ['Shepshed', [12], 1],
  ['Fleckney', [8], 1],
  ['Earl Shilton', [9], 1],
  ['Broughton Astley', [9], 1],
  ['Anstey', [7], 1],
  ['Market Bosworth', [14], 1],
]

/** Letters allowed in the inward code of a UK postcode (C, I, K, M, O and V are never used). */
export const inwardLetters = 'ABDEFGHJLNPQRSTUWXYZ'

/** Family relationships for key people, with rough weights (the first two are the parents). */
export const familyRelationships: readonly (readonly [string, number])[] = [
  ['Mother', 40],
  ['Father', 25],
  ['Stepfather', 5],
  ['Grandmother', 10],
  ['Grandfather', 3],
  ['Aunt', 6],
  ['Uncle', 3],
  ['Older sibling', 5],
  ['Mother’s partner', 3],
]

/** Professionals around a child: role, organisation (a locality is prefixed to schools and surgeries). */
export const professionals: readonly (readonly [string, string, number])[] = [
  ['GP', 'Medical Centre', 20],
  ['Health visitor', 'Leicestershire Partnership NHS Trust', 15],
  ['School nurse', 'Leicestershire Partnership NHS Trust', 8],
  ['Designated safeguarding lead', 'Primary School', 15],
  ['Designated safeguarding lead', 'Academy', 12],
  ['Police officer', 'Leicestershire Police', 8],
  ['Early help worker', 'Early Help Service', 8],
  ['Housing officer', 'Housing Options', 4],
  ['Youth worker', 'Youth Service', 4],
  ['CAMHS practitioner', 'Leicestershire Partnership NHS Trust', 6],
]

/** Place names for schools and surgeries, e.g. "Highfields Primary School". */
export const localities = places(
  'Highfields, Belgrave, Rushey Mead, Braunstone, Beaumont Leys, Eyres Monsell, Saffron, New Parks, ' +
    'Evington, Spinney Hills, Westcotes, Aylestone, Knighton, Humberstone, Hamilton, Stocking Farm, ' +
    'Thurnby Lodge, Abbey, Castle, Fosse',
)

/**
 * Phone numbers from Ofcom's ranges reserved for drama (Ofcom, "Telephone numbers for use in TV and
 * radio drama"): 0116 496 0000–0999 for Leicester and 07700 900000–900999 for mobiles. No real line.
 */
export function dramaPhone(n: number, mobile: boolean): string {
  const tail = String(n % 1000).padStart(3, '0')
  return mobile ? `07700 900${tail}` : `0116 496 0${tail}`
}
