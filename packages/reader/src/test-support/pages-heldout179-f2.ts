import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 179, file f2: a state attorney general press release on a Drupal state site (the state's official-site
 * banner, the translate widget, the office header with its nav and "File a Complaint" button, breadcrumbs, the "Press
 * Release" label, the date, "For Immediate Release" and contact lines, the release with a bulleted list of the settlement
 * terms and a "###" end mark, the consumer notice on how to file a complaint, the "Recent Press Releases" sidebar, the
 * social links and the footer).
 */
const agTitle = 'Attorney General Okafor Secures $4.2 Million Settlement with Online Lender Over Hidden Fees';
const agP1 = [
  'ANNAPOLIS, MD – Attorney General Marisa Okafor today announced a $4.2 million settlement with Brightline Capital Group, an online lender ' +
    'that charged thousands of Maryland borrowers undisclosed fees on short-term installment loans.',
  'An investigation by the Office of the Attorney General’s Consumer Protection Division found that between 2021 and 2024, Brightline added ' +
    '"processing" and "account maintenance" fees to loans without disclosing them in the loan agreement, raising the effective interest ' +
    'rate on some loans above the limits allowed under state law.',
  '“Borrowers deserve to know the true cost of a loan before they sign,” said Attorney General Okafor. “Hiding fees in the fine print, or ' +
    'leaving them out altogether, is not just unfair – it is against the law. This settlement puts money back in the pockets of the people ' +
    'who were overcharged.”',
];
const agP2 = ['Under the terms of the settlement, Brightline must:'];
const agList = [
  'pay $3.6 million in restitution to approximately 7,800 Maryland borrowers;',
  'cancel an additional $600,000 in outstanding fees on open loans;',
  'clearly disclose all fees and the annual percentage rate before a borrower signs; and',
  'obtain a state lending license before making any new loans to Maryland residents.',
];
const agP3 = [
  'Eligible borrowers do not need to take any action. A settlement administrator will mail checks to affected consumers at their last known ' +
    'address within 120 days. Borrowers who have moved may update their address through the administrator’s website.',
  'Brightline did not admit wrongdoing as part of the settlement but agreed to stop the practices described in the investigation.',
  'The settlement follows complaints from more than 300 borrowers, many of whom said they discovered the extra charges only after their ' +
    'first payment was deducted from their bank accounts. Several told investigators that they had taken out the loans to cover car repairs ' +
    'or medical bills and could not afford the higher payments.',
  'The matter was handled by Assistant Attorneys General Terrence Boakye and Hanna Lindqvist of the Consumer Protection Division.',
];
const agNotice =
  'Consumers who believe they have been charged undisclosed fees by a lender may file a complaint with the Consumer Protection Division online ' +
  'or by calling the hotline at 410-555-0100.';
const agNav = ['About the Office', 'Consumer Protection', 'Press Releases', 'Opinions', 'Resources', 'Contact Us'];
const agRecent = [
  'Attorney General Okafor Warns Residents About Storm Repair Scams',
  'Office Joins Multistate Coalition Defending Student Loan Relief',
  'Two Charged in Elder Fraud Scheme Targeting Eastern Shore Residents',
];
const agFoot = ['Accessibility', 'Privacy Policy', 'Site Map', 'Public Information Act', 'Maryland.gov', 'Careers', 'Contact Us'];
const agHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${agTitle} | Office of the Attorney General</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0"><meta name="description" content="${agTitle}"><meta property="og:type" content="article">
<meta property="og:title" content="${agTitle}"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="stylesheet" media="all" href="/themes/custom/oag/css/style.css"><script src="https://translate.google.example/translate_a/element.js?cb=gtInit">
</script>
<script>function gtInit(){ new google.translate.TranslateElement({ pageLanguage: 'en' }, 'google_translate_element'); }</script></head>
<body class="path-node page-node-type-press-release"><a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="state-banner"><p>An official website of the State of Maryland</p><div id="google_translate_element"><span>Translate</span></div></div>
<header class="site-header"><a class="site-logo" href="/"><span class="site-name">Office of the Attorney General</span></a><nav class="main-nav"
aria-label="Main"><ul>${links(agNav)}</ul></nav><a class="btn btn-complaint" href="/consumer-protection/file-a-complaint">File a Complaint</a>
<form class="search" role="search"><label class="visually-hidden" for="q">Search</label><input id="q" type="search"></form></header>
<main id="main-content"><div class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/press-releases">Press Releases</a></li></ol></div>
<div class="layout-two-col"><article class="node node--type-press-release"><div class="press-label">Press Release</div><h1 class="page-title">${agTitle}</h1>
<div class="press-meta"><p class="press-date">Thursday, March 13, 2025</p><p class="press-release-line">For Immediate Release</p>
<p class="press-contact">Media Contact: Jerome Alcott, press@oag.state.md.example, 410-555-0162</p></div>
<div class="field--name-body">
${ps(agP1)}
${ps(agP2)}
<ul>${agList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${ps(agP3)}
<p class="text-align-center">###</p>
<div class="consumer-notice"><p><strong>${agNotice}</strong></p></div></div></article>
<aside class="sidebar"><div class="block-recent"><h2>Recent Press Releases</h2><ul>${links(agRecent)}</ul>
<a href="/press-releases">View all press releases</a></div>
<div class="block-social"><h2>Follow Us</h2>${links(['Facebook', 'X', 'Instagram', 'YouTube'])}</div></aside></div></main>
<footer class="site-footer"><p>200 St. Paul Place, Baltimore, MD 21202</p><ul>${links(agFoot)}</ul><p>© 2025 Office of the Attorney General</p></footer>
<script src="/themes/custom/oag/js/main.js"></script></body></html>`;
export const agRelease: TestPage = {
  html: agHtml,
  name: 'heldout179-state-attorney-general-news',
  kind: 'news',
  // the dateline opens the first paragraph and stays in it (body); the date is a byline; the "Press Release" label, "For
  // Immediate Release", the media contact line, the "###" end mark, the consumer complaint notice after it, the sidebar and
  // footer are furniture; the office's name in the header is left out (it is words of the text)
  title: agTitle,
  headings: [],
  body: [...texts(agP1), ...agP2, ...agList, ...agP3],
  bylines: ['Thursday, March 13, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the State of Maryland', 'Translate', ...agNav, 'File a Complaint',
    'Search', 'Home', 'Press Release', 'For Immediate Release', 'Media Contact: Jerome Alcott, press@oag.state.md.example, 410-555-0162', '###', agNotice,
    'Recent Press Releases', ...agRecent, 'View all press releases', 'Follow Us', 'Facebook', 'X', 'Instagram', 'YouTube',
    '200 St. Paul Place, Baltimore, MD 21202', ...agFoot, '© 2025 Office of the Attorney General',
  ],
};
