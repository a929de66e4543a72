/**
 * Held-out batch 83, file e3: the article text and the menu texts of the Wikipedia (Vector 2022) page of file e.
 */
const ref = (name: string, n: number): string =>
  `<sup id="cite_ref-${name}_${n}-0" class="reference"><a href="#cite_note-${name}-${n}"><span class="cite-bracket">&#91;</span>${n}` +
  `<span class="cite-bracket">&#93;</span></a></sup>`;
export const wpTitle = 'Kettlewick Harbour fire';
export const wpLead = [
  'The <b>Kettlewick Harbour fire</b> was a fire that destroyed most of the harbour district of <a href="/wiki/Kettlewick">Kettlewick</a>, a ' +
    'fishing town on the east coast of <a href="/wiki/Ardmoor">Ardmoor</a>, on the night of 14–15 April 1894. Seven people died and 212 ' +
    'buildings, including the fish market, two chapels and most of the town’s net lofts, were destroyed.' +
    ref('Hale', 1) +
    ' The fire led directly to the creation of the town’s first paid fire brigade and to building rules that banned thatched roofs within ' +
    `the harbour district.${ref('Council', 2)}`,
  'The cause of the fire was never established. An inquest the following month recorded that it had most likely started with an overturned ' +
    'lamp in a net loft on Quay Lane, but several witnesses described seeing flames in two places at once, and the possibility of arson was ' +
    `debated in the local press for years.${ref('Mercury', 3)}`,
];
export const wpH1 = 'Background';
export const wpP1 = [
  'By the 1890s Kettlewick had grown into one of the largest <a href="/wiki/Herring_fishery">herring</a> ports on the Ardmoor coast, with a ' +
    'fleet of around 140 boats. The harbour district was built on a narrow strip of land between the quay and the cliff, and most of its ' +
    `buildings were timber-framed, with thatched or tarred-felt roofs.${ref('Hale', 1)} Net lofts, where nets were dried and mended, were ` +
    'often built directly above houses and stored large quantities of tar, rope and lamp oil.',
  'The town had no fire brigade of its own. Fire fighting depended on a hand-pumped engine kept at the customs house and operated by ' +
    `volunteers, and on a single water main that had been laid along Harbour Street in 1887.${ref('Pryce', 4)}`,
];
export const wpH2 = 'The fire';
export const wpP2 = [
  'The fire was first seen at about 11:20 p.m. on 14 April, a Saturday, when most of the fleet was in harbour for the weekend. A strong ' +
    'westerly wind carried burning thatch and tar across Quay Lane, and within an hour the fire had spread to the fish market and the rows ' +
    `of cottages behind it.${ref('Mercury', 3)}`,
  'Volunteers brought the hand engine to Harbour Street, but the water main could not supply enough pressure to reach the upper floors. ' +
    'Crews from the fishing boats formed bucket chains from the harbour, and several boats were moved out of the inner basin to stop the ' +
    `fire spreading to the fleet. Two of the seven deaths were of men who went back into burning lofts to save nets.${ref('Council', 2)}`,
  'The fire burned itself out against the cliff face by around 6 a.m. on 15 April. A change in wind direction during the early morning ' +
    `is generally credited with saving the customs house and the streets above the harbour.${ref('Ardmoor', 5)}`,
];
export const wpH3 = 'Aftermath';
export const wpP3 = [
  'A relief fund opened by the mayor raised £4,600 in its first month, much of it from other fishing towns along the coast. Around 900 ' +
    `people had been made homeless, and many lived in tents on the common above the town until the summer.${ref('Pryce', 4)}`,
  'In 1895 the town council adopted a set of building bye-laws for the rebuilt harbour district, which required slate or tile roofs, brick ' +
    'party walls between houses, and a minimum distance between net lofts and dwellings. The same year the council formed a paid fire ' +
    `brigade of eight men and bought a steam fire engine.${ref('Ardmoor', 5)}`,
];
export const wpH4 = 'Legacy';
export const wpP4 = [
  'The harbour district was rebuilt over the following decade in brick and stone, and much of it survives today. A memorial to the seven ' +
    `people who died was unveiled on Quay Lane on the fiftieth anniversary of the fire in 1944.${ref('Memorial', 6)}`,
  'The fire is commemorated each April by the lighting of a lantern on the quay, a custom that began in the 1920s.',
];
export const wpH5 = 'References';
export const wpRefs = [
  ['Hale', 'Hale, Edmund (1931). <i>A History of Kettlewick</i>. Portmoor: Lanyon Press. pp. 201–219.'],
  ['Council', '<i>Minutes of the Kettlewick Town Council, 1894–1895</i>. Kettlewick Borough Archive. KBA/TC/12.'],
  ['Mercury', '"The Great Fire at Kettlewick". <i>Ardmoor Mercury</i>. 21 April 1894. p. 5.'],
  ['Pryce', 'Pryce, Margaret (1988). <i>Fire and Water: Coastal Towns of Ardmoor, 1850–1914</i>. Edlow University Press. ISBN 978-0-00-000000-0.'],
  ['Ardmoor', 'Dunne, Colin (2004). "Building control after the Kettlewick fire". <i>Ardmoor Historical Review</i>. <b>38</b> (2): 77–94.'],
  ['Memorial', '"Harbour fire memorial unveiled". <i>Kettlewick Courier</i>. 17 April 1944. p. 1.'],
];
export const wpHatnote = 'For the 1921 fire at the Kettlewick rope works, see Kettlewick rope works.';
export const wpShort = '1894 fire in Kettlewick, Ardmoor';
export const wpFigCap = 'Quay Lane the morning after the fire, from a photograph by the Kettlewick Photographic Society';
export const wpInfobox: [string, string][] = [
  ['Date', '14–15 April 1894'],
  ['Location', 'Kettlewick, Ardmoor'],
  ['Cause', 'Overturned lamp in a net loft (disputed)'],
  ['Deaths', '7'],
  ['Property damage', '212 buildings destroyed'],
];
export const wpInfoCap = 'The harbour front in May 1894, looking north from the breakwater';
export const wpMainMenu: [string, string[]][] = [
  ['Navigation', ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us']],
  ['Contribute', ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages']],
];
export const wpTools: [string, string[]][] = [
  ['Actions', ['Read', 'Edit', 'View history']],
  [
    'General',
    ['What links here', 'Related changes', 'Upload file', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL', 'Download QR code'],
  ],
  ['Print/export', ['Download as PDF', 'Printable version']],
  ['In other projects', ['Wikimedia Commons', 'Wikidata item']],
];
export const wpLangs = ['Deutsch', 'Français', 'Nederlands', 'Svenska'];
export const wpNavbox: [string, string[]][] = [
  ['19th century', ['Great Portmoor fire (1841)', 'Edlow mill fire (1866)', 'Kettlewick Harbour fire (1894)']],
  ['20th century', ['Kettlewick rope works fire (1921)', 'Brannock Hall fire (1937)', 'Portmoor docks fire (1941)']],
];
export const wpCats = ['1894 fires', '1894 in Ardmoor', 'Fires in Ardmoor', 'History of Kettlewick', 'Urban fires'];
export const wpHiddenCats = ['Articles with short description', 'Short description matches Wikidata', 'Use British English from March 2019'];
export const wpLastEdit = 'This page was last edited on 3 March 2025, at 14:12 (UTC).';
export const wpLicense =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, you agree ' +
  'to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a non-profit organization.';
export const wpFoot = [
  'Privacy policy',
  'About Wikipedia',
  'Disclaimers',
  'Contact Wikipedia',
  'Code of Conduct',
  'Developers',
  'Statistics',
  'Cookie statement',
  'Mobile view',
];
