import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 98, file e2: an obituary on a regional daily's Legacy.com affiliate page as legacy.com renders it (the
 * paper's masthead and nav, the Legacy sub-nav, the name heading with life years and place, "Sign the guest book", "Send
 * Flowers" and "Share" buttons, the obituary text as one block with <br><br> between its paragraphs, the "Published by ...
 * from ... to ..." line, the Sympathy Store line, the service information, the guest book with its entries, "Not sure what to
 * say?" and "Load more", the "Sponsored by" line, the OneTrust banner and Legacy's footer).
 */
const lName = 'Margaret Ellen Doyle';
const lText = [
  `Margaret Ellen Doyle, 86, of Cedar Bend, passed away peacefully on Thursday, March 6, 2025, at Riverside Care Center, surrounded
by her family.`,
  `Margaret was born on August 14, 1938, in Ashby Township to Thomas and Rose (Kearney) Hanley, the fourth of seven children. She
grew up on the family dairy farm, where she learned to drive a tractor before she could ride a bicycle, and graduated from Cedar
Bend High School in 1956.`,
  `On June 21, 1958, she married Francis "Frank" Doyle at St. Bridget Catholic Church. The couple farmed east of town for more than
forty years and raised five children. Frank preceded her in death in 2011.`,
  `Margaret worked for 22 years as a secretary at Lincoln Elementary School, where generations of students knew her as the person
who found lost mittens, called parents when somebody was sick and kept a jar of peppermints on her desk. After she retired, she
volunteered at the county library every Tuesday and at the St. Bridget's fall bazaar for as long as anyone can remember.`,
  `She was a fierce card player, a patient gardener and a generous cook whose rhubarb pie won a blue ribbon at the county fair three
years running. She loved the Hawkeyes, polka on Saturday nights and long drives to see the fall colors along the river. Above all
she loved her family, and she never missed a birthday, a ball game or a school concert if she could help it.`,
  `Margaret is survived by her children, Kathleen (Robert) Meyer of Des Moines, Michael (Susan) Doyle of Cedar Bend, Anne Doyle of
Minneapolis, Patrick (Julie) Doyle of Ashby and Theresa (Mark) Lindqvist of Omaha; 14 grandchildren; nine great-grandchildren;
her sister, Mary Kowalski; and many nieces and nephews.`,
  `She was preceded in death by her husband, Frank; her parents; and her brothers James, Edward and Thomas Jr.`,
  `The family wishes to thank the staff of Riverside Care Center and Heartland Hospice for the kindness and care they gave Margaret
in her final months.`,
  `In lieu of flowers, memorials may be directed to the Cedar Bend Public Library or St. Bridget Catholic Church.`,
];
const lPaper = ['News', 'Sports', 'Opinion', 'Obituaries', 'Classifieds', 'e-Edition', 'Subscribe'];
const lSub = ['Place an Obituary', 'Search Obituaries', 'Funeral Homes', 'Sympathy Flowers'];
const lPublished = 'Published by The Cedar Bend Register from Mar. 9 to Mar. 11, 2025.';
const lTrees = 'To plant trees in memory, please visit the Sympathy Store.';
const lService = [
  'Service Information',
  'Visitation',
  'Friday, March 14, 2025',
  '4:00 p.m. - 7:00 p.m.',
  'Halvorsen-Reid Funeral Home',
  '210 Elm Street, Cedar Bend, IA 52811',
  'Funeral Mass',
  'Saturday, March 15, 2025',
  '10:30 a.m.',
  'St. Bridget Catholic Church, Cedar Bend',
  'Get Directions',
  'Send Flowers',
];
const lEntries = [
  [
    'Mrs. Doyle was the first face I saw every morning at Lincoln for six years. She was kind to every single kid. Rest in peace.',
    'Jason Tiede',
    'March 10, 2025',
  ],
  [
    'Margaret and Frank were the best neighbors anyone could ask for. We will miss her laugh and her pies. Our prayers are with the family.',
    'Gary and Linda Schultz',
    'March 9, 2025',
  ],
  ['Sending love to all of Aunt Margaret’s family. She was a wonderful woman.', 'Colleen Hanley Burke', 'March 9, 2025'],
];
const lGuestLead = 'Not sure what to say?';
const lCookie = `We use cookies and similar technologies to improve your experience, analyze site traffic and show personalized content and
advertising. You can manage your preferences at any time.`;
const lFoot = ['About Us', 'Contact Us', 'Help', 'Privacy Policy', 'Terms of Use', 'Accessibility', 'Do Not Sell or Share My Personal Information'];
const lHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Margaret Doyle Obituary (1938 - 2025) - Cedar Bend, IA - The Cedar Bend Register</title>
<meta name="description" content="Margaret Ellen Doyle, 86, of Cedar Bend, passed away peacefully on Thursday, March 6, 2025.">
<meta property="og:title" content="Margaret Doyle Obituary (1938 - 2025) - Cedar Bend, IA - The Cedar Bend Register"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.legacy.com/us/obituaries/cedarbendregister/name/margaret-doyle-obituary?id=57312468">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Margaret Doyle Obituary","datePublished":"2025-03-09",
"publisher":{"@type":"Organization","name":"Legacy.com"},"about":{"@type":"Person","name":"${lName}","birthDate":"1938","deathDate":"2025-03-06"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"obituaryId":57312468,"affiliate":"cedarbendregister"}},"page":"/obituary"}</script>
<link rel="stylesheet" href="https://www.legacy.com/_next/static/css/7d2a90c.css"></head>
<body><div id="__next"><div class="sc-bczRLJ affiliate-header" data-component="AffiliateHeader">
<a class="sc-gsnTZi" href="https://www.cedarbendregister.example/">
<img src="https://cdn.legacy.example/images/affiliates/cedarbendregister/logo.png" alt="The Cedar Bend Register"></a><nav class="sc-dkzDqf">
<ul>${links(lPaper, 'sc-hKMtZM')}</ul></nav></div>
<nav class="sc-eCYdqJ legacy-subnav" data-component="SubNav"><ul>${links(lSub, 'sc-jSMfEi')}</ul></nav>
<main class="sc-gKclnd"><div class="sc-iBkjds obituary" data-component="ObituaryDetail"><div class="sc-ftvSup" data-component="ObituaryHeader">
<h1 class="sc-papXJ" data-component="NameHeadingText">${lName}</h1><p class="sc-jqUVSM" data-component="LifeDates">1938 - 2025</p>
<p class="sc-kDDrLX" data-component="Location">Cedar Bend, IA</p>
<div class="sc-iqcoie" data-component="ObituaryActions"><a class="sc-crXcEl" href="#guestbook" data-component="SignGuestBookButton">Sign the guest book</a>
<a class="sc-fnykZs" href="https://sympathy.legacy.example/57312468" data-component="SendFlowersButton">Send Flowers</a>
<button class="sc-fEOsli" data-component="ShareButton">Share</button></div></div>
<figure class="sc-bjUoiL" data-component="ObituaryPhoto"><img src="https://cache.legacy.example/legacy/images/cobrands/cedarbendregister/photos/57312468.jpg"
alt="${lName} obituary photo"></figure>
<div class="sc-idiyUo" data-component="ObituaryText"><p data-component="ObituaryParagraph">${lText.join('<br><br>')}</p></div>
<p class="sc-dIouRR" data-component="PublishedBy">${lPublished}</p>
<p class="sc-hHLeRK" data-component="TreesLine"><a href="https://sympathy.legacy.example/trees/57312468">${lTrees}</a></p>
<p class="sc-kLLXSd" data-component="SponsoredBy">Sponsored by The Cedar Bend Register.</p></div>
<aside class="sc-ezWOiH" data-component="ServiceInformation"><h2 class="sc-bZkfAO">${lService[0]}</h2>
<div class="sc-kmQMED service-event"><h3>${lService[1]}</h3><p>${lService[2]}</p><p>${lService[3]}</p><p>${lService[4]}</p><p>${lService[5]}</p></div>
<div class="sc-kmQMED service-event"><h3>${lService[6]}</h3><p>${lService[7]}</p><p>${lService[8]}</p><p>${lService[9]}</p></div>
<a class="sc-hmdomO" href="https://maps.example/?q=210+Elm+Street">${lService[10]}</a>
<a class="sc-fnykZs" href="https://sympathy.legacy.example/">${lService[11]}</a>
</aside>
<section id="guestbook" class="sc-hLBbgP" data-component="GuestBook"><h2 class="sc-eDvSVe">Guest Book</h2><div class="sc-jSUZER guestbook-prompt">
<p>${lGuestLead}</p><a class="sc-crXcEl" href="/guestbook/sign/57312468">Sign the guest book</a></div><ul class="sc-gKXOVf">
${lEntries
  .map(
    ([text, who, when]) => `<li class="sc-iAEyYk" data-component="GuestbookEntry"><p class="sc-efBctP">${text}</p><p class="sc-cCsOjp">${who}</p>
<p class="sc-bjfHbI">${when}</p><button class="sc-dPyBCJ">Report</button></li>`,
  )
  .join('\n')}</ul><p class="sc-bBABsx">Showing 1 - 3 of 17 results</p><button class="sc-cOFTSb">Load more</button></section></main>
<footer class="sc-ciZhAO legacy-footer" data-component="Footer"><ul>${links(lFoot, 'sc-jdAMXn')}</ul>
<p>© 2025 Legacy.com All rights reserved.</p></footer></div>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFloatingRoundedCorner" role="region" aria-label="Cookie banner">
<p id="onetrust-policy-text">${lCookie}</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div>
<script src="https://www.legacy.com/_next/static/chunks/main-8c1f.js" async></script></body></html>`;
export const legacyObituary: TestPage = {
  html: lHtml,
  name: 'heldout98-legacy-obituary',
  kind: 'news',
  // the obituary text is one block split by <br><br>: each piece is a body paragraph; the life years and place under the
  // name are in neither list; "Published by ... from ... to ..." is a byline; the guest book entries (reader comments) with
  // their names and dates, service information, buttons, Sympathy Store and sponsor lines, nav and footer are furniture
  title: lName,
  headings: [],
  body: texts(lText),
  bylines: [lPublished],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...lPaper, ...lSub, 'Sign the guest book', 'Send Flowers', 'Share', lTrees, 'Sponsored by The Cedar Bend Register.', ...lService.slice(0, 11),
    'Guest Book', lGuestLead, ...new Set(lEntries.flat()), 'Report', 'Showing 1 - 3 of 17 results', 'Load more', ...lFoot,
    '© 2025 Legacy.com All rights reserved.',
    texts([lCookie])[0] ?? '', 'Accept All Cookies', 'Cookie Settings',
  ],
};
