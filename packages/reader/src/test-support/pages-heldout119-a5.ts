/**
 * Held-out batch 119, file a5: the texts of the Fandom character page of file a3 (article text, infobox, navigation, rails and footer).
 */
export const fdTitle = 'Ilse Varro';
export const fdQuote = '“I don’t sink. Other people sink, and I go and fetch what they leave behind.”';
export const fdQuoteBy = '— Ilse Varro, to the harbour master in “Low Water”';
export const fdSpoiler = 'Spoiler warning! This article contains plot details from Season 3 of Saltglass.';
export const fdLead = [
  '<b>Captain Ilse Varro</b> is one of the main characters of <i><a href="/wiki/Saltglass">Saltglass</a></i>. She commands the salvage cutter ' +
    '<a href="/wiki/The_Tern">Tern</a> and is the older sister of <a href="/wiki/Matthias_Varro">Matthias Varro</a>. She appears in every episode ' +
    'of the first three seasons and is played by Renée Castellane.',
];
export const fdH = ['Biography', 'Early life', 'Season 1', 'Season 2', 'Season 3', 'Personality', 'Relationships', 'Matthias Varro', 'Trivia'];
export const fdEarly = [
  'Ilse was born in the fishing town of Caddow Reach, the daughter of a lighthouse keeper and a net maker. After her mother drowned in ' +
    'the winter storm of 1871, she took on most of the work of raising Matthias, who was then six years old.',
  'At fifteen she signed on as a deckhand with the salvage crew of Captain Bertrand Oyelaran, who taught her to read charts and to dive ' +
    'with a weighted line. She bought the Tern from his widow eleven years later, using money she had saved from her share of the wrecks.',
];
export const fdS1 = [
  'In the first season Ilse is hired by the Ferrant Shipping Company to recover the cargo of the Marguerite, a steamer lost off the ' +
    'Greyshelf banks. She soon discovers that the ship was sunk on purpose to collect the insurance, and that the company expects her to ' +
    'keep quiet. Her refusal to do so drives most of the season’s plot.',
];
export const fdS2 = [
  'After testifying at the inquiry in Portmallow, Ilse finds that no shipowner on the coast will hire her. She takes smuggling work to ' +
    'keep the Tern afloat and grows closer to the customs officer Daniel Achebe, although she never tells him what she is carrying.',
];
export const fdS3 = [
  'In the third season Ilse learns that Matthias has been working for the Ferrant family all along. The discovery ends with her ' +
    'sinking the Tern in the harbour mouth to stop the company’s last ship from leaving, an act that costs her both her boat and her ' +
    'licence.',
];
export const fdPers = [
  'Ilse is stubborn, blunt and very hard to frighten. She keeps her promises to the letter and expects the same of others, which makes ' +
    'her a poor negotiator but a trusted captain. Her crew describe her as fair rather than kind.',
  'She has a dry sense of humour that she rarely shows to strangers, and a habit of counting under her breath when she is angry, a ' +
    'trait Castellane has said she borrowed from her own grandmother.',
];
export const fdRel = [
  'Ilse raised her brother and remains fiercely protective of him, even after his betrayal. Their final conversation on the harbour ' +
    'wall in the Season 3 finale is widely regarded as the best scene in the series.',
];
export const fdTrivia = [
  'Ilse was originally written as a man. Showrunner Petra Lindqvist changed the character after Castellane read for the part.',
  'The Tern was a real 1908 cutter, restored for the series and now moored in Falbury as a museum ship.',
  'Castellane learned to dive with a replica copper helmet for the underwater scenes in Season 1.',
];
export const fdGlobal = ['Games', 'Movies', 'TV', 'Video', 'Wikis', 'Start a Wiki'];
export const fdLocal = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
export const fdLocal2 = ['Characters', 'Main characters', 'Supporting characters', 'Episodes', 'Season 1 episodes', 'Ships', 'Places', 'Cast'];
export const fdCats = ['Characters', 'Main characters', 'Salvage crew'];
export const fdMoreCats = ['Caddow Reach', 'Season 3 characters'];
export const fdInfo = [
  'Captain Ilse Varro aboard the Tern',
  'Biographical information',
  'Born',
  '1859, Caddow Reach',
  'Status',
  'Alive',
  'Occupation',
  'Salvage captain',
  'Physical description',
  'Hair colour',
  'Auburn',
  'Family',
  'Relatives',
  'Ada Varro (mother, deceased)',
  'Affiliation',
  'Ferrant Shipping Company (formerly)',
  'Behind the scenes',
  'Portrayed by',
  'Renée Castellane',
  'First appearance',
  'Low Water',
];
export const fdNav = ['Saltglass characters', 'Main', 'Daniel Achebe', 'Harriet Ferrant', 'Supporting', 'Bertrand Oyelaran', 'Odile Ferrant', 'Tobias Quill'];
export const fdPopular = ['Matthias Varro', 'The Tern', 'Daniel Achebe', 'Low Water', 'Harriet Ferrant'];
export const fdFeed = ['More Saltglass Wiki', 'Season 3 (Saltglass)', 'Greyshelf banks', 'Tobias Quill'];
export const fdFoot = [
  'Explore properties',
  'Fandom',
  'Fanatical',
  'GameSpot',
  'Metacritic',
  'Giant Bomb',
  'Follow Us',
  'Overview',
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
  'Support',
  'Help',
  'Advertise',
  'Media Kit',
  'Fandom Apps',
  'Take your favorite fandoms with you and never miss a beat.',
  'Saltglass Wiki is a Fandom TV Community.',
  'View Mobile Site',
];
export const fdConsent = [
  'We Care About Your Privacy',
  'We and our 212 partners store and/or access information on a device, such as unique IDs in cookies to process personal data. You may ' +
    'accept or manage your choices by clicking below, including your right to object where legitimate interest is used.',
  'ACCEPT',
  'REJECT',
  'Show Purposes',
];
export const fdLicence = 'Community content is available under CC-BY-SA unless otherwise noted.';
