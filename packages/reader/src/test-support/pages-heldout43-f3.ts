/**
 * Held-out batch 43, file f3: the lists of the Wikipedia page of file f (its reference list, the main menu's two portlets,
 * the tools menu, the categories and the footer links); split from file f to keep it under 300 lines.
 */
export const wpRefs = [
  'Historic England. “Ostby Tide Mill (1031877)”. National Heritage List for England. Retrieved 3 May 2023.',
  'Wailes, Rex (1979). Tide Mills in England and Wales. London: Society for the Protection of Ancient Buildings. p. 41.',
  'Harper-Bill, Christopher, ed. (1980). Charters of Butley Priory. Suffolk Records Society. p. 12.',
  'Garrod, Samuel (1793). Articles of agreement for the building of a mill at Ostby (MS). Suffolk Archives. HA 61/3/112.',
  'Pryke, Margaret (1996). Mills and Maltings of the Alde Valley. Aldeburgh: Alde Press. pp. 88–90.',
  '“Ostby mill to close after wheel breaks”. East Anglian Daily Times. 19 January 1957. p. 5.',
  'Hughes, Daniel (2013). “Recording the machinery of Ostby Tide Mill”. Wind and Watermill Section Newsletter (134): 6–9.',
  '“About the Trust”. Ostby Tide Mill Trust. Retrieved 3 May 2023.',
  'Leach, Hannah (24 May 2014). “Tide mill grinds first flour in 57 years”. BBC News. Retrieved 3 May 2023.',
  'Okonjo, R.; Marsh, T. (2021). “Small-scale tidal power at historic mill sites in East Anglia”. Energy Heritage Review. 7 (2): 114–131.',
];
export const wpNavMain = ['Main page', 'Contents', 'Current events', 'Random article', 'About Wikipedia', 'Contact us'];
export const wpNavContrib = ['Help', 'Learn to edit', 'Community portal', 'Recent changes', 'Upload file', 'Special pages'];
// biome-ignore format: the tool names are packed several to a line to keep the file short
export const wpTools = [
  'What links here', 'Related changes', 'Permanent link', 'Page information', 'Cite this page', 'Get shortened URL', 'Download QR code',
  'Download as PDF', 'Printable version', 'Wikimedia Commons', 'Wikidata item',
];
export const wpCats = ['Tide mills in England', 'Grade II* listed buildings in Suffolk', 'Industrial buildings completed in 1793', 'Museums in Suffolk'];
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
