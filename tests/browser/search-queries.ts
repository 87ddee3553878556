// Queries a reader types, each with the page that must be in the first five results. Shared by the search
// test and the benchmark (which also measures recall without the Korean alias terms).
export type Probe = [locale: 'ko' | 'en', query: string, expected: string, why: string];

export const probes: Probe[] = [
  // Second parts of Korean compounds: Pagefind alone matches only word beginnings.
  ['ko', '중립', '/programmes/carbon-neutral-model/', 'compound part (탄소중립)'],
  ['ko', '보호', '/measures/2022-2-1-4/', 'compound part (기술보호)'],
  ['ko', '임치', '/programmes/technology-escrow/', 'compound part (기술임치)'],
  ['ko', '채움공제', '/programmes/naeil-chaeum/', 'compound part (내일채움공제)'],
  ['ko', '랩허브', '/programmes/k-bio-lab-hub/', 'compound part (K-바이오랩허브)'],
  ['ko', '자유특구', '/programmes/regulation-free-zones/', 'compound part (규제자유특구)'],
  ['ko', '경제혁신센터', '/programmes/creative-economy-centres/', 'compound part (창조경제혁신센터)'],
  ['ko', '등대공장', '/programmes/k-smart-lighthouse/', 'compound part (K-스마트 등대공장)'],
  ['ko', '전지', '/roadmap/secondary-batteries/', 'compound part (이차전지)'],
  ['ko', '수소', '/roadmap/electric-hydrogen-vehicles/', 'segment after a middle dot (전기·수소차)'],
  ['ko', '으뜸기업', '/programmes/mpe-top-companies/', 'compound part (소부장 으뜸기업)'],
  ['ko', '손해배상', '/programmes/punitive-damages/', 'compound part (징벌적 손해배상)'],
  // Words with particles.
  ['ko', '탄소중립을', '/programmes/carbon-neutral-transition/', 'particle 을'],
  ['ko', '상생협력의', '/tasks/3-3/', 'particle 의'],
  ['ko', '시스템반도체를', '/roadmap/system-semiconductors/', 'particle 를'],
  ['ko', '스마트공장의', '/programmes/smart-factory/', 'particle 의'],
  ['ko', '기술임치로', '/programmes/technology-escrow/', 'particle 로'],
  // Programme names, agencies, topics.
  ['ko', '딥테크 팁스', '/programmes/deep-tech-tips/', 'programme name'],
  ['ko', '스케일업', '/programmes/scale-up-tips/', 'programme name'],
  ['ko', '모태펀드', '/programmes/fund-of-funds/', 'programme name'],
  ['ko', '연구장비', '/programmes/research-equipment/', 'programme name'],
  ['ko', '입증책임', '/programmes/burden-of-proof-shift/', 'programme name'],
  ['ko', '기술보증기금', '/programmes/guarantee-linked-rd/', 'agency'],
  ['ko', '창조경제혁신센터', '/programmes/creative-economy-centres/', 'agency'],
  ['ko', '소부장', '/programmes/mpe-top-companies/', 'abbreviation'],
  ['ko', '기술로드맵', '/roadmap/', 'topic'],
  ['ko', '추진일정', '/schedule/', 'page'],
  // Figures as typed.
  ['ko', '708억', '/measures/2022-1-1-2/', 'figure (000, 2022 result)'],
  ['ko', '879억', '/roadmap/', 'figure (004, 2022 plan)'],
  // Roadmap: old names of renamed fields, and the linked startup support item (its own heading).
  ['ko', '무기화학', '/roadmap/ceramics/', 'old name of a roadmap field (2021 edition)'],
  ['ko', '친환경소재', '/roadmap/resource-circulation-energy-recycling/', 'old name of a roadmap field (2021 edition)'],
  ['ko', '창업사업화 지원기간', '/programmes/technology-roadmap/', 'roadmap-linked item (7 → 10 years)'],
  // English words a foreign reader uses.
  ['en', 'smart factory', '/en/programmes/smart-factory/', 'English name'],
  ['en', 'R&D voucher', '/en/programmes/research-equipment/', 'English term'],
  ['en', 'deep tech', '/en/programmes/deep-tech-tips/', 'English name'],
  ['en', 'technology escrow', '/en/programmes/technology-escrow/', 'English name'],
  ['en', 'regulation-free zone', '/en/programmes/regulation-free-zones/', 'English name'],
  ['en', 'carbon neutrality', '/en/programmes/carbon-neutral-transition/', 'English topic'],
  ['en', 'TIPS', '/en/programmes/deep-tech-tips/', 'abbreviation'],
  ['en', 'lighthouse factory', '/en/programmes/k-smart-lighthouse/', 'English name'],
  ['en', 'secondary batteries', '/en/roadmap/secondary-batteries/', 'roadmap field'],
  ['en', 'hydrogen', '/en/roadmap/electric-hydrogen-vehicles/', 'roadmap field'],
  ['en', 'shipbuilding', '/en/roadmap/future-ships/', 'old name of a roadmap field (2021 edition)'],
  ['en', 'fund of funds', '/en/programmes/fund-of-funds/', 'English name'],
  ['en', 'punitive damages', '/en/programmes/punitive-damages/', 'English name'],
  ['en', 'KAMP', '/en/programmes/kamp/', 'abbreviation'],
  ['en', 'targets', '/en/plan/', 'page'],
  ['en', '708', '/en/measures/2022-1-1-2/', 'figure'],
  // Korean names typed on the English site.
  ['en', '기술임치', '/en/programmes/technology-escrow/', 'Korean name on the English site'],
  ['en', '탄소중립', '/en/programmes/carbon-neutral-model/', 'Korean name on the English site'],
  ['en', '스마트공장', '/en/programmes/smart-factory/', 'Korean name on the English site'],
  ['en', '임치', '/en/programmes/technology-escrow/', 'Korean compound part on the English site'],
];
