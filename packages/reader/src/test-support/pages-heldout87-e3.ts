/**
 * Held-out batch 87, file e3: the texts of the Wikipedia article page of file e (article paragraphs with their reference
 * markers, and the interface, notice, navbox, category and footer texts around it).
 */
const ref = (n: number, name: string): string =>
  `<sup id="cite_ref-${name}_${n}-0" class="reference"><a href="#cite_note-${name}-${n}"><span class="cite-bracket">&#91;</span>${n}` +
  `<span class="cite-bracket">&#93;</span></a></sup>`;
export const wpTitle = 'Skarvholm Lighthouse';
export const wpLead = [
  `<b>Skarvholm Lighthouse</b> (<a href="/wiki/Help:Norwegian" title="Help:Norwegian">Norwegian</a>: <i lang="no">Skarvholm fyr</i>) is a ` +
    'coastal lighthouse on the islet of <a href="/wiki/Skarvholm">Skarvholm</a> at the mouth of the Vestrandfjord in Vestmark ' +
    `county. First lit in 1868, it marks the northern approach to the fishing port of <a href="/wiki/Kalvvik">Kalvvik</a>.${ref(1, 'kyst')}`,
  'The present cast-iron tower dates from 1911. The station was automated in 1989 and is now a listed cultural heritage site, ' +
    `owned by the state and leased to a local foundation that runs it as a guesthouse in summer.${ref(2, 'vern')}`,
];
export const wpH1 = 'History';
export const wpHistory = [
  'A light at Skarvholm was first proposed in 1859 by the harbour council of Kalvvik, after three fishing boats were lost on the ' +
    `skerries north of the islet in a single winter.${ref(1, 'kyst')} Construction began in 1866, and the station was lit on ` +
    '1 October 1868. The original light was a fourth-order lens in a lantern on top of a two-storey wooden keeper’s house.',
  'The wooden building proved too exposed. Storms damaged the lantern in 1881 and again in 1903, and in 1909 the coastal ' +
    'administration approved a separate tower. The new 18-metre cast-iron tower, prefabricated in Bergen and assembled on the ' +
    `islet, was completed in 1911, and the old lantern was removed from the house.${ref(3, 'aarbok')}`,
  `During the Second World War the light was extinguished from 1940 to 1945, and the station was used as a German observation post.${ref(3, 'aarbok')}`,
];
export const wpH2 = 'Automation';
export const wpAutomation = [
  'The last resident keeper, Alfred Nygaard, left the station in 1989 when the light was automated and connected to the mainland ' +
    'grid by a submarine cable. A diesel generator was kept as a reserve until 2004, when it was replaced with batteries charged ' +
    `by solar panels.${ref(2, 'vern')}`,
];
export const wpH3 = 'Design';
export const wpDesign = [
  'The tower is a round, tapering cast-iron structure on a granite base, painted red with one white band. The lantern has a ' +
    'focal height of 27 metres above sea level. The light shows a white, red or green sector depending on the bearing, flashing ' +
    'three times every 20 seconds, and is visible for up to 16 nautical miles in the white sector.',
  'Besides the tower, the station has the 1868 keeper’s house, a boathouse, a storehouse and a small landing stage on the sheltered ' +
    'eastern side of the islet. The keeper’s house kept its original timber frame and was restored in 2016.',
];
export const wpH4 = 'Present day';
export const wpPresent = [
  'The station was protected under the Cultural Heritage Act in 1998. Since 2012 the Skarvholm Lighthouse Foundation has leased the ' +
    'buildings and rents out the keeper’s house to overnight guests between May and September. A boat service from Kalvvik runs ' +
    `twice a day in summer.${ref(4, 'stiftelse')}`,
  'The light itself remains in service and is maintained by the coastal administration.',
];
export const wpRefs = [
  'Hansen, Kari (1994). <i>Fyrene langs Vestmarkkysten</i>. Kalvvik: Kystforlaget. pp. 88–97.',
  '“Skarvholm fyrstasjon”. <i>Kulturminnesøk</i>. Retrieved 14 March 2024.',
  'Berg, Olav (2011). “Hundre år med jerntårnet”. <i>Årbok for Vestmark</i>. <b>43</b>: 112–125.',
  '“Om stiftelsen”. Skarvholm Fyrstiftelse. Retrieved 2 November 2025.',
];
export const wpHatnote = 'For the islet, see Skarvholm.';
export const wpAmbox = [
  'This article needs additional citations for verification. Please help improve this article by adding citations to reliable sources. ' +
    'Unsourced material may be challenged and removed.',
  'Find sources:',
  '“Skarvholm Lighthouse”',
  'news',
  'newspapers',
  'books',
  'scholar',
  'JSTOR',
  '(March 2024)',
  '(Learn how and when to remove this message)',
];
export const wpInfobox = [
  ['Location', 'Skarvholm, Vestmark'],
  ['Coordinates', '63°41′N 9°02′E'],
  ['Tower', 'Cast iron, 18 m'],
  ['First lit', '1868'],
  ['Automated', '1989'],
  ['Focal height', '27 m'],
  ['Range', '16 nmi'],
  ['Characteristic', 'Fl(3) WRG 20s'],
];
export const wpInfoCaption = 'Skarvholm Lighthouse seen from the south in 2019';
export const wpFigCaption = 'The station in 1902, with the lantern on the roof of the keeper’s house';
export const wpMainMenu = [
  'Main menu',
  'Navigation',
  'Main page',
  'Contents',
  'Current events',
  'Random article',
  'About Wikipedia',
  'Contact us',
  'Contribute',
  'Help',
  'Learn to edit',
  'Community portal',
  'Recent changes',
  'Upload file',
  'Special pages',
];
export const wpHeader = ['Jump to content', 'move to sidebar', 'hide', 'Search', 'Donate', 'Create account', 'Log in', 'Personal tools'];
export const wpLoggedOut = ['Pages for logged out editors', 'learn more', 'Contributions', 'Talk'];
export const wpAppearance = ['Appearance', 'Text', 'Small', 'Standard', 'Large', 'Width', 'Wide', 'Color (beta)', 'Automatic', 'Light', 'Dark'];
export const wpLangs = ['3 languages', 'Deutsch', 'Français', 'Norsk bokmål', 'Edit links'];
export const wpTabs = ['Article', 'Read', 'Edit', 'View history', 'Tools', 'Actions', 'General', 'What links here', 'Related changes'];
export const wpTools = [
  'Permanent link',
  'Page information',
  'Cite this page',
  'Get shortened URL',
  'Download QR code',
  'Print/export',
  'Download as PDF',
  'Printable version',
  'In other projects',
  'Wikimedia Commons',
  'Wikidata item',
];
export const wpNavbox = ['Lighthouses in Vestmark', 'Bremsnes', 'Hovden Point', 'Kvitøy', 'Skarvholm', 'Ulvsund', 'Østre Flu'];
export const wpCats = ['Lighthouses completed in 1868', 'Lighthouses in Vestmark', 'Buildings and structures in Vestmark', 'Protected lighthouses'];
export const wpHiddenCats = [
  'Articles with short description',
  'Short description is different from Wikidata',
  'Articles needing additional references from March 2024',
  'All articles needing additional references',
  'Coordinates on Wikidata',
];
export const wpLastEdited = 'This page was last edited on 3 November 2025, at 14:12 (UTC).';
export const wpLicence =
  'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply. By using this site, ' +
  'you agree to the Terms of Use and Privacy Policy. Wikipedia® is a registered trademark of the Wikimedia Foundation, Inc., a ' +
  'non-profit organization.';
export const wpFooter = [
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
