/**
 * Held-out batch 87, file e4: the texts of the Fandom article page of file e2 (the character article and the Fandom and
 * community interface texts around it).
 */
export const fdWiki = 'Ashfall Chronicles Wiki';
export const fdTitle = 'Idris Valen';
export const fdQuote = 'A ship is only as brave as the last man to leave her. I intend to be that man, every time.';
export const fdQuoteBy = '—Idris Valen to Commodore Hale, The Glass Tide';
export const fdLead = [
  '<b>Captain Idris Valen</b> is a major character in the <i><a href="/wiki/Ashfall_Chronicles">Ashfall Chronicles</a></i> series ' +
    'by Maren Solberg. He is the commander of the frigate <i><a href="/wiki/Kestrel">Kestrel</a></i> and a point-of-view character ' +
    'in <i>The Glass Tide</i> and <i>Ashfall</i>.',
];
export const fdH1 = 'Appearance';
export const fdAppearance = [
  'Idris is described as tall and spare, with close-cropped grey hair and a burn scar running from his left ear to his collar, a ' +
    'souvenir of the fire aboard the <i>Marigold</i>. He rarely wears his dress uniform and is usually seen in a faded sea coat ' +
    'with the captain’s knot unstitched from one shoulder.',
];
export const fdH2 = 'Personality';
export const fdPersonality = [
  'Quiet and stubborn, Idris is known among his crew for never raising his voice and never changing his mind once it is made up. ' +
    'He distrusts the Admiralty and its politics, and he has turned down promotion twice to stay at sea. His loyalty is to his ship ' +
    'and to the people aboard her, which brings him into open conflict with Commodore Hale in <i>The Glass Tide</i>.',
];
export const fdH3 = 'Biography';
export const fdH4 = 'Early life';
export const fdEarly = [
  'Idris was born in the harbour town of <a href="/wiki/Saltreach">Saltreach</a>, the third son of a net-maker. He went to sea at ' +
    'twelve as a ship’s boy on a coastal trader and joined the Crown Navy at sixteen after the trader was sunk by raiders off the ' +
    'Karsk shoals.',
];
export const fdH5 = 'The Siege of Karsk';
export const fdSiege = [
  'As first lieutenant of the <i>Marigold</i>, Idris took command when his captain was killed in the opening hour of the siege. He ' +
    'held the harbour mouth for two days with a damaged ship and half a crew, and ordered the <i>Marigold</i> burned rather than ' +
    'surrendered when her powder ran low. He was the last man off.',
  'The Admiralty court that followed cleared him of losing his ship and gave him the <i>Kestrel</i>, though several officers never ' +
    'forgave him for the burning. The events are told in flashback in chapters 4 and 19 of <i>The Glass Tide</i>.',
];
export const fdH6 = 'Trivia';
export const fdTrivia = [
  'Idris is the only point-of-view character to appear in all three books.',
  'In an interview, Maren Solberg said his name came from a lighthouse keeper she met on a ferry.',
  'His habit of whistling the same four notes before battle is a running joke among the <i>Kestrel</i>’s crew.',
];
export const fdInfo = [
  ['Born', 'Year 212 of the Reach'],
  ['Affiliation', 'Crown Navy'],
  ['Rank', 'Captain'],
  ['Ship', 'Kestrel'],
  ['First appearance', 'Ember Road'],
];
export const fdInfoGroup = 'Biographical information';
export const fdInfoCaption = 'Idris as drawn for the cover of The Glass Tide';
export const fdTopNav = ['Start a Wiki', 'Sign In', 'Register'];
export const fdExplore = ['Explore', 'Fan Central', 'Current'];
export const fdLocalNav = [
  { label: 'Explore', items: ['Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'] },
  { label: 'Characters', items: ['Protagonists', 'Antagonists', 'Minor characters'] },
  { label: 'World', items: ['Locations', 'Factions', 'Timeline'] },
  { label: 'Books', items: ['Ember Road', 'The Glass Tide', 'Ashfall'] },
];
export const fdHeaderCats = ['in:', 'Characters', 'Crown Navy', 'Living characters'];
export const fdActions = ['Sign in to edit', 'History', 'Purge', 'Talk (0)'];
export const fdPopular = ['Maren Solberg', 'Commodore Hale', 'Kestrel', 'Saltreach'];
export const fdFeed = ['Fan Feed', 'More Ashfall Chronicles Wiki', '1 Idris Valen', '2 The Glass Tide', '3 Commodore Hale'];
export const fdCats = ['Categories', 'Characters', 'Crown Navy', 'Living characters', 'Point-of-view characters'];
export const fdLangs = ['Languages', 'Deutsch', 'Español'];
export const fdLicence = 'Community content is available under CC-BY-SA unless otherwise noted.';
export const fdFooterHeads = ['Explore properties', 'Follow Us', 'Overview', 'Community', 'Advertise', 'Fandom Apps'];
export const fdFooterProps = ['Fandom', 'Muthead', 'Fanatical'];
export const fdFooterOverview = [
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
export const fdFooterCommunity = ['Community Central', 'Support', 'Help'];
export const fdFooterAdvertise = ['Media Kit'];
export const fdFooterApps = 'Take your favorite fandoms with you and never miss a beat.';
export const fdFooterBottom = ['Ashfall Chronicles Wiki is a FANDOM Books Community.', 'View Mobile Site'];
export const fdConsent = [
  'We Care About Your Privacy',
  'We and our partners store and access information on your device, such as cookies, to show you personalised ads and content, ' +
    'to measure them and to improve our services.',
  'ACCEPT',
  'REJECT',
  'Learn More',
];
