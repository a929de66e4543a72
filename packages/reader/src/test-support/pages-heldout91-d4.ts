/**
 * Held-out batch 91, file d4: the chrome texts of the MDN page in file d (header menus with their descriptions, breadcrumbs,
 * sidebar entries, the Baseline box, the notecards, ad texts and the footer).
 */
export const mdMenus = [
  [
    'References',
    'Overview / Web Technology',
    'Web technology reference for developers',
    'HTML',
    'Structure of content on the web',
    'CSS',
    'Code used to describe document style',
    'JavaScript',
    'General-purpose scripting language',
    'Web APIs',
    'Interfaces for building web applications',
  ],
  ['Learn', 'Overview / MDN Learning Area', 'Learn web development', 'Core modules', 'Learn the basics of web development'],
  ['Plus', 'Overview', 'A customized MDN experience', 'Updates', 'All browser compatibility updates at a glance', 'Documentation', 'Learn how to use MDN Plus'],
  ['Tools', 'Playground', 'Write, test and share your code', 'HTTP Observatory', 'Scan a website for free', 'AI Help', 'Get real-time assistance and support'],
];
export const mdCrumbs = ['Web', 'Web APIs', 'PowerBudget', 'request()'];
export const mdSide = [
  'Power Budget API',
  'Interfaces',
  'PowerBudget',
  'PowerBudgetGrant',
  'Instance methods',
  'PowerBudget.query()',
  'Related pages',
  'Navigator.powerBudget',
  'WorkerNavigator.powerBudget',
  'Battery Status API',
];
export const mdBaseline = [
  'Limited availability',
  'This feature is not Baseline because it does not work in some of the most widely-used browsers.',
  'Learn more',
  'See full compatibility',
  'Report feedback',
];
export const mdNotes = [
  'Experimental: This is an experimental technology',
  'Check the Browser compatibility table carefully before using this in production.',
  'Secure context: This feature is available only in secure contexts (HTTPS), in some or all supporting browsers.',
];
export const mdAds = [
  'Ship static sites in seconds with Tidecloud. Start free.',
  'Ad',
  'Ship faster with edge functions from Lumenhost.',
  'Mozilla ads',
  'Don\u2019t want to see ads?',
];
export const mdFoot = [
  'Your blueprint for a better internet.',
  'MDN on Mastodon',
  'MDN on X (formerly Twitter)',
  'MDN on GitHub',
  'MDN Blog RSS Feed',
  'MDN',
  'About',
  'Blog',
  'Careers',
  'Advertise with us',
  'Support',
  'Product help',
  'Report an issue',
  'Our communities',
  'MDN Community',
  'MDN Forum',
  'MDN Chat',
  'Developers',
  'Web Technologies',
  'Learn Web Development',
  'MDN Plus',
  'Hacks Blog',
  'Website Privacy Notice',
  'Cookies',
  'Legal',
  'Community Participation Guidelines',
];
