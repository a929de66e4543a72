/**
 * Held-out batch 63, file e3: the chrome texts and helpers of file e's Wikipedia page (the reference list, the main-menu,
 * contribute, tools, print and footer lists and the Vector menu helpers) and the global footer list of file e2's Fandom
 * page, kept apart so that neither page file passes 300 lines.
 */
export const wpRefs = [
  'Historic England. "Saltcote Tide Mill (1337812)". National Heritage List for England. Retrieved 14 March 2024.',
  'Pelham, Ruth (2004). The Tide Mills of Eastern England. Ipswich: Orwell Press. p. 112. ISBN 978-0-9541234-5-6.',
  '"Visit the mill". Saltcote Mill Trust. Retrieved 2 November 2025.',
  'Pelham 2004, p. 108.',
  'Gray, Anthony (1991). "The building accounts of Saltcote Mill". Essex Archaeology and History. 22: 141–150.',
  'Pelham 2004, pp. 115–117.',
  'Pelham 2004, p. 121.',
  '"Mill trust celebrates 25 years". Blackwater Gazette. 9 June 2006.',
  '"Tide mill turns again after 56 years". Essex Courier. 18 May 2013.',
  '"Heritage grants: East of England". National Lottery Heritage Fund. 2008.',
];
export const wpMenu = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
export const wpContribute = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
export const wpTools = [
  'What links here',
  'Related changes',
  'Upload file',
  'Permanent link',
  'Page information',
  'Cite this page',
  'Get shortened URL',
  'Download QR code',
];
export const wpPrint = ['Download as PDF', 'Printable version'];
export const wpFootPlaces = [
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
export const li = (items: readonly string[]): string =>
  items.map((t) => `<li class="mw-list-item"><a href="/wiki/${t.replace(/ /g, '_')}"><span>${t}</span></a></li>`).join('');
export const portlet = (id: string, heading: string, items: readonly string[]): string =>
  `<div id="p-${id}" class="vector-menu mw-portlet mw-portlet-${id}"><div class="vector-menu-heading">${heading}</div>
<div class="vector-menu-content"><ul class="vector-menu-content-list">${li(items)}</ul></div></div>`;
export const pin = (label: string): string =>
  `<div class="vector-pinnable-header"><div class="vector-pinnable-header-label">${label}</div><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-pin-button">move to sidebar</button><button class="vector-pinnable-header-toggle-button
vector-pinnable-header-unpin-button">hide</button></div>`;
export const fdFoot = [
  'What is Fandom?',
  'About',
  'Careers',
  'Press',
  'Contact',
  'Terms of Use',
  'Privacy Policy',
  'Digital Services Act',
  'Global Sitemap',
  'Local Sitemap',
];
