/**
 * Held-out batch 151, file b3: the texts of a Fandom (FandomDesktop skin) article about an invented novel, used by file b4:
 * the article's paragraphs, lists and headings, and the furniture texts of the global navigation, the community header,
 * the page header, the portable infobox, the spoiler notice, ads, the right rail, comments, the page footer, the "More
 * Fandoms" block, the global footer and the consent banner.
 */
export const fdTitle = 'The Salt Orchard';
export const fdLead = [
  '<i><b>The Salt Orchard</b></i> is the second novel in <a href="/wiki/The_Lanternfall_Cycle">The Lanternfall Cycle</a> by ' +
    '<a href="/wiki/Odile_Marchetti">Odile Marchetti</a>. It was published by Greywater Press on 14 March 2019 and follows ' +
    '<a href="/wiki/Maren_Odell">Maren Odell</a> in the year after the events of <i><a href="/wiki/Lanternfall_(novel)">Lanternfall</a></i>.',
  'It is the longest book in the series and the first to be told partly from the point of view of <a href="/wiki/Tobias_Wren">Tobias Wren</a>.',
];
export const fdHSynopsis = 'Synopsis';
export const fdSynopsis = [
  'Six months after the fall of the Lantern Tower, Maren has returned to her aunt&#39;s orchard on the salt marshes of Ebbmoor, where the trees grow ' +
    'fruit that tastes of the sea. When the orchard&#39;s oldest tree dies overnight, she finds a sealed letter buried among its roots, addressed to ' +
    'her mother.',
  'The letter draws Maren back to the city of Cardell and into a quarrel between the Salt Guild and the lamplighters who survived the tower&#39;s ' +
    'fall. Tobias, now serving as a clerk to the Guild, is ordered to watch her, and the two are forced to decide how far they still trust each other.',
];
export const fdHPlot = 'Plot';
export const fdPlot = [
  'The novel is divided into three parts, named after the seasons of the orchard: Blossom, Brine and Harvest.',
  'In <b>Blossom</b>, Maren learns that her mother once kept a second orchard inside the walls of Cardell, hidden beneath the Guild&#39;s counting ' +
    'house. In <b>Brine</b>, she and Tobias break into the counting house during the Night of Tallies and discover that the hidden trees are still ' +
    'alive, tended for twenty years by the old archivist Hesketh Blume.',
  'In <b>Harvest</b>, the Guild floods the cellars to destroy the orchard. Blume drowns saving the last seedling, and Maren carries it back to ' +
    'Ebbmoor. The book ends with her planting it in the place of the dead tree, as Tobias leaves Cardell to join her.',
];
export const fdHCharacters = 'Characters';
export const fdCharacters = [
  '<a href="/wiki/Maren_Odell">Maren Odell</a> – the protagonist, a former lamplighter&#39;s apprentice',
  '<a href="/wiki/Tobias_Wren">Tobias Wren</a> – a clerk of the Salt Guild and Maren&#39;s childhood friend',
  '<a href="/wiki/Ada_Odell">Ada Odell</a> – Maren&#39;s aunt, keeper of the orchard at Ebbmoor',
  '<a href="/wiki/Hesketh_Blume">Hesketh Blume</a> – the Guild&#39;s archivist (first appearance)',
  '<a href="/wiki/Provost_Carrow">Provost Carrow</a> – head of the Salt Guild',
];
export const fdHPublication = 'Publication';
export const fdPublication = [
  'Marchetti said in an interview that she rewrote the book twice after her editor asked for more of Tobias. An early draft, titled <i>Brine</i>, ' +
    'was told entirely from Maren&#39;s point of view and ended before the flooding of the cellars.',
  'The first edition had a map of Cardell on the endpapers, drawn by the illustrator Juno Hartley. The paperback edition of 2020 added a short story, ' +
    '&quot;The Archivist&quot;, about Blume&#39;s first years in the counting house.',
];
export const fdHReception = 'Reception';
export const fdReception = [
  'The book was received more warmly than its predecessor. Reviewers praised the orchard scenes and the slower pace, though some found the middle ' +
    'section too long. It was shortlisted for the Lantern Prize for fantasy in 2020.',
];
export const fdHTrivia = 'Trivia';
export const fdTrivia = [
  'The orchard at Ebbmoor is based on an apple orchard that Marchetti&#39;s grandfather kept near the coast.',
  'Hesketh Blume was originally meant to die in the first chapter.',
  'The title was chosen by readers in a poll on the author&#39;s website.',
];
export const fdSpoiler = ['Spoiler warning!', 'This section contains details about the plot of The Salt Orchard.'];
export const fdCaption = 'Cover of the first edition';
export const fdGlobalNav = ['Fan Central', 'Games', 'Anime', 'Movies', 'TV', 'Video', 'Wikis', 'Explore Wikis', 'Community Central', 'Start a Wiki'];
export const fdAccount = ['Sign In', "Don't have an account?", 'Register', 'Search'];
export const fdWikiName = 'Lanternfall Wiki';
export const fdCounts = ['1,206', 'Pages'];
export const fdExplore = ['Explore', 'Main Page', 'Discuss', 'All Pages', 'Community', 'Interactive Maps', 'Recent Blog Posts'];
export const fdLocalNav: [string, string[]][] = [
  ['Books', ['The Lanternfall Cycle', 'Short stories', 'Maps']],
  ['Characters', ['Main characters', 'Salt Guild', 'Lamplighters']],
  ['World', ['Cardell', 'Ebbmoor', 'Timeline']],
];
export const fdCategories = ['Books', 'Novels', 'The Lanternfall Cycle'];
export const fdActions = ['Sign in to edit', 'History', 'Purge', 'Talk (0)'];
export const fdPopular = ['Maren Odell', 'Tobias Wren', 'Lanternfall (novel)', 'Cardell', 'Salt Guild'];
export const fdComments = [
  { user: 'Quillfeather88', time: '3 days ago', text: 'Blume deserved better. I still haven&#39;t forgiven the flood chapter.' },
  { user: 'A Fandom user', time: '1 month ago', text: 'Does anyone know if the map in the paperback is the same as the first edition?' },
];
export const fdCommentUi = ['Comments', 'Sign in to comment', 'Reply', 'Load more comments'];
export const fdLicense = 'Community content is available under CC-BY-SA unless otherwise noted.';
export const fdMore = ['More Fandoms', 'Fantasy', 'Books', 'The Lanternfall Cycle'];
export const fdAffiliate = 'Fandom may earn an affiliate commission on sales made from links on this page.';
export const fdFooterCols: [string, string[]][] = [
  ['Explore properties', ['Fandom', 'Fanatical', 'GameSpot', 'Metacritic', 'TV Guide', 'Giant Bomb']],
  ['Follow Us', []],
  [
    'Overview',
    ['What is Fandom?', 'About', 'Careers', 'Press', 'Contact', 'Terms of Use', 'Privacy Policy', 'Digital Services Act', 'Global Sitemap', 'Local Sitemap'],
  ],
  ['Community', ['Community Central', 'Support', 'Help']],
  ['Advertise', ['Media Kit', 'Contact']],
  ['Fandom Apps', []],
];
export const fdApps = 'Take your favorite fandoms with you and never miss a beat.';
export const fdCommunity = 'Lanternfall Wiki is a FANDOM Books Community.';
export const fdConsent = [
  'We Care About Your Privacy',
  'We and our partners store and/or access information on a device, such as unique IDs in cookies, to process personal data. You may accept or ' +
    'manage your choices by clicking below, including your right to object where legitimate interest is used.',
  'ACCEPT',
  'REJECT',
  'SHOW PURPOSES',
];
