import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout333-kit.js';

/**
 * Held-out batch 333, file e: a local newsroom's daily briefing newsletter archive page in an Axios Local-style Next.js
 * template (site header, newsletter sign-up, byline with two authors and date, numbered sections with bold-lead bullets, a
 * sponsored "A message from" block, "Go deeper" links, share bar and footer) and a company's internal newsletter on
 * Sendinblue (Brevo) as its mirror page (rnb- layout tables, "View in browser", social icons, the sent-to / unsubscribe footer).
 */
const aTitle = 'Corran Daily: The bridge closes Monday';
const aOpen = ['Good morning, Corran. Today’s weather: cloudy with late sun, high 51°F.', 'Today’s newsletter is 812 words, a 3-minute read.'];
const aH = ['1 big thing: Ravel Street bridge closes for a year', '2. School board picks a new superintendent', '3. Eat this: soup season', '4. One fun thing'];
const aS1 = [
  'The Ravel Street bridge over the Corran River shuts to cars on Monday for a 12-month rebuild, the city confirmed Wednesday.',
  '<strong>Why it matters:</strong> About 14,000 vehicles cross it daily, and the detour via Fulton Avenue adds roughly ten minutes at rush hour.',
  '<strong>Driving the news:</strong> Pedestrians and cyclists keep a single fenced lane until the deck comes off in June.',
  '<strong>Between the lines:</strong> The city moved the start up by two months to avoid working over the river in the autumn floods.',
  j(
    '<strong>Zoom in:</strong> Businesses on the east bank, including the Ravel Street market, say they expect fewer walk-in customers',
    'and want signs on the detour.',
  ),
  '<strong>What’s next:</strong> Route 6 buses will run every 12 minutes instead of 20 during the closure.',
];
const aS2 = [
  'The Corran school board on Tuesday named Lucinda Abara, deputy head of the Westmere district, as its next superintendent.',
  '<strong>The big picture:</strong> She takes over a district that has lost about 900 students in five years and closed two schools.',
  '<strong>What they’re saying:</strong> Board president Hugo Tierney called her “the only candidate who asked us hard questions back.”',
  '<strong>Yes, but:</strong> Two board members voted against, saying the search was rushed and the public saw only one round of interviews.',
  '<strong>The latest:</strong> Her contract runs three years at $212,000 a year, and she starts July 1.',
];
const aS3 = [
  'Three spots where the soup is worth the wait this week:',
  '<strong>Mabel’s Kitchen:</strong> the smoked tomato with a cheddar scone, $9.',
  '<strong>Pho Lanterns:</strong> oxtail pho, big enough for two, $16.',
  '<strong>Hollow Oak Deli:</strong> split pea with ham, Thursdays only, $7.',
];
const aS4 = [
  'A resident on Garnet Hill spotted a pair of river otters under the Mill Lane footbridge on Sunday, the first confirmed sighting in town since 2019.',
];
const aNav = ['Local', 'Newsletters', 'Events', 'Jobs', 'Subscribe'];
const aDeeper = ['What the bridge rebuild will cost, line by line', 'The finalists for superintendent, in their own words'];
const aFoot = ['About us', 'Advertise', 'Careers', 'Privacy policy', 'Terms of use', 'Contact us'];
const ul = (xs: string[]): string => `<ul>${xs.map((x) => `<li><p>${x}</p></li>`).join('\n')}</ul>`;
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><title>${aTitle} - Corran Courier</title>
<meta name="description" content="The Ravel Street bridge closes Monday; a new superintendent; soup."><meta property="og:type" content="article">
<meta property="og:title" content="${aTitle}"><meta name="next-head-count" content="9">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}","datePublished":"2026-03-05T11:00:00Z",
"author":[{"@type":"Person","name":"Priya Holloway"},{"@type":"Person","name":"Dan Oyelaran"}],
"publisher":{"@type":"Organization","name":"Corran Courier"}}</script>
<link rel="preload" href="/_next/static/css/8f1b.css" as="style"></head>
<body><div id="__next"><div class="h-full"><a href="#main-content" class="sr-only">Skip to main content</a>
<header class="Header_header__x3f1"><div class="Header_inner__q9a2"><a href="/" class="Header_logo__k1b2" aria-label="Corran Courier home">Corran Courier</a>
<nav aria-label="main"><ul class="Header_nav__z8d1">${links(aNav, 'Header_navItem__p0c3')}</ul></nav></div></header>
<main id="main-content" class="Newsletter_main__u7a9"><div class="Newsletter_column__r4e2">
<div class="NewsletterSignup_box__n2k8"><p class="NewsletterSignup_lede__c1f0">Get Corran Daily in your inbox every weekday morning.</p>
<form><input type="email" aria-label="Email address" placeholder="Email address"><button type="submit">Sign up</button></form></div>
<article class="Newsletter_article__w5e7"><h1 class="Newsletter_title__f9c6">${aTitle}</h1>
<div class="Byline_byline__m3b4"><span class="Byline_authors__t2h1"><a href="/authors/priya-holloway">Priya Holloway</a>, <a
href="/authors/dan-oyelaran">Dan Oyelaran</a></span><time class="Byline_date__v6d5" dateTime="2026-03-05T11:00:00Z">Mar 5, 2026</time></div>
<div class="ShareBar_bar__e8g2" role="group" aria-label="share"><button type="button">Share on Facebook</button><button type="button">Share on X</button>
<button type="button">Email this story</button></div>
<div class="DraftjsBlocks_draftjs__a1k9">${aOpen.map((x) => `<p>${x}</p>`).join('\n')}
<h2 id="one-big-thing">${aH[0]}</h2><figure><img src="/images/ravel-bridge.jpg" alt=""><figcaption>The Ravel Street bridge on Wednesday.
Photo: Noor Castellan/Corran Courier</figcaption></figure>
<p>${aS1[0]}</p>${ul(aS1.slice(1))}
<div class="GoDeeper_box__h4j7"><p class="GoDeeper_label__q2w1">Go deeper</p><ul>${links(aDeeper.slice(0, 1))}</ul></div>
<h2 id="school-board">${aH[1]}</h2><p>${aS2[0]}</p>${ul(aS2.slice(1))}
<ul class="GoDeeper_inline__b7y3">${links(aDeeper.slice(1))}</ul>
<div class="SponsoredBlock_block__j6t3" data-sponsor="true"><p class="SponsoredBlock_label__l9n2">A message from Corran Credit Union</p>
<p>Rates on our 12-month certificate just went up. Open one in ten minutes at any branch.</p></div>
<h2 id="eat-this">${aH[2]}</h2><p>${aS3[0]}</p>${ul(aS3.slice(1))}
<h2 id="one-fun-thing">${aH[3]}</h2><p>${aS4[0]}</p></div></article>
<aside class="Newsletter_more__o3p5"><h3>More Corran stories</h3><ul>${links(['Library extends Sunday hours', 'Council race draws six candidates'])}</ul>
</aside>
</div></main>
<footer class="Footer_footer__d2s8"><ul>${links(aFoot)}</ul><p>© 2026 Corran Courier Media. All rights reserved.</p></footer>
<div id="consent-banner" class="ConsentBanner_banner__g1r4" role="dialog"><p>We and our partners use cookies to personalize content and measure traffic.</p>
<button type="button">Accept all</button><button type="button">Manage choices</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":
{"pageProps":{"newsletter":"corran-daily","issueId":"20260305"}},"page":"/newsletters/[slug]"}</script>
</body></html>`;
const axiosLocal: TestPage = {
  name: 'heldout333-local-daily-briefing-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aOpen, ...aS1, ...aS2, ...aS3, ...aS4]),
  bylines: ['Priya Holloway', 'Dan Oyelaran', 'Mar 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Corran Courier', ...aNav, 'Get Corran Daily in your inbox every weekday morning.', 'Sign up', 'Share on Facebook', 'Share on X',
    'Email this story', 'The Ravel Street bridge on Wednesday. Photo: Noor Castellan/Corran Courier', 'Go deeper', ...aDeeper,
    'A message from Corran Credit Union', 'Rates on our 12-month certificate just went up. Open one in ten minutes at any branch.', 'More Corran stories',
    'Library extends Sunday hours', 'Council race draws six candidates', ...aFoot, '© 2026 Corran Courier Media. All rights reserved.',
    'We and our partners use cookies to personalize content and measure traffic.', 'Accept all', 'Manage choices',
  ],
};

const vTitle = 'The Depot Post: March 2026';
const vH = ['A word from Gwen', 'Saltby depot goes solar', 'Welcome aboard', 'Dates for your diary'];
const vS1 = [
  j(
    'Hello everyone. February was our busiest month since the Christmas peak, with 41,000 parcels through Saltby and Crane Lane',
    'combined, and I want to start by thanking the night shift, who carried most of that load through the storms.',
  ),
  j(
    'You will also have seen that we have signed the contract with Harrowby Foods, our largest new customer in three years. It means',
    'more work, and more hiring, and I will share more at the all-hands on the 19th.',
  ),
];
const vS2 = [
  j(
    'The panels on the Saltby warehouse roof went live on 2 March. On a clear day they cover the whole depot’s daytime power,',
    'including the forklift chargers, and the facilities team expects them to cut the site’s electricity bill by about a fifth.',
  ),
  j(
    'Thanks to Rhodri Vance and the facilities crew, who managed the install around a full working week without a single missed',
    'dispatch. If you want to see the live output, there is now a screen in the canteen.',
  ),
  j(
    'If the first year goes as planned, Crane Lane is next. The landlord has agreed in principle, and the structural survey of the',
    'roof is booked for May. We will report back in the summer issue.',
  ),
];
const vS3 = [
  'Please say hello to the colleagues who joined us in February:',
  'Amara Quist, transport planner, Crane Lane;',
  'Jonas Rehberg, warehouse operative, Saltby nights;',
  'Tilly Okonjo, HR adviser, head office;',
  'Marek Dunmore, fleet technician, Saltby.',
  'If you see a new face in the canteen, introduce yourself. Starting somewhere new is easier with a friendly hello and a cup of tea.',
];
const vRows = [
  ['12 March', 'Fire drill, all sites', '10:30'],
  ['19 March', 'All-hands with Gwen, canteen and online', '14:00'],
  ['27 March', 'Charity quiz for the Saltby food bank', '18:30'],
];
const vS4 =
  'Got news for next month’s Depot Post? A wedding, a retirement, a fundraiser or a photo from your shift: send it to the internal comms team by 25 March.';
const rnb = (inner: string): string => `<table width="100%" cellpadding="0" border="0" cellspacing="0" class="rnb-del-min-width" style="min-width:590px;"
name="Layout_text"><tbody><tr><td class="rnb-del-min-width" valign="top" align="center" style="min-width:590px;"><table width="100%" border="0"
cellpadding="0" cellspacing="0" class="rnb-container" bgcolor="#ffffff" style="max-width:590px;background-color:#ffffff;padding-left:20px;
padding-right:20px;"><tbody><tr><td class="rnb-container-padding" align="left"><table width="100%" border="0" cellpadding="0" cellspacing="0"
class="rnb-columns-container"><tbody><tr><th class="rnb-force-col" valign="top" style="text-align:left;font-weight:normal;"><table border="0"
cellspacing="0" cellpadding="0" align="left" class="rnb-col-1"><tbody><tr><td style="font-size:14px;font-family:Arial,Helvetica,sans-serif;color:#3c4858;">
${inner}</td></tr></tbody></table></th></tr></tbody></table></td></tr></tbody></table></td></tr></tbody></table>`;
const vp = (xs: string[]): string => xs.map((x) => `<div><span style="font-size:14px;">${x}</span></div><div>&nbsp;</div>`).join('\n');
const vh = (t: string): string => `<div><span style="font-size:20px;"><strong>${t}</strong></span></div>`;
const vHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="x-apple-disable-message-reformatting"><title>${vTitle}</title>
<style type="text/css">.ReadMsgBody{width:100%;} .ExternalClass{width:100%;} .rnb-del-min-width{min-width:0 !important;}
@media only screen and (max-width:590px){.rnb-force-col{display:block;width:100%;}}</style>
<script>var sibMirror = {campaignId: 412, template: "rnb"};</script></head>
<body><table border="0" align="center" width="100%" cellpadding="0" cellspacing="0" class="main-template" bgcolor="#f9fafc">
<tbody><tr><td align="center" valign="top">
<table width="100%" class="rnb-del-min-width" name="Layout_7"><tbody><tr><td class="rnb-del-min-width" align="center" style="font-size:12px;color:#888;">
<a href="https://r.fallowmere.sendibm.example/mk/mr/abc" style="color:#888;">View in browser</a></td></tr></tbody></table>
<table width="100%" name="Layout_logo"><tbody><tr><td align="center"><img border="0" hspace="0" vspace="0" width="200" alt="Fallowmere Logistics"
src="https://img.mailinblue.example/412/images/logo.png"></td></tr></tbody></table>
${rnb(`<h1 style="font-size:26px;">${vTitle}</h1><div><span style="font-size:12px;color:#888;">From Internal Communications · 6 March 2026</span></div>`)}
${rnb(`${vh(vH[0] ?? '')}${vp(vS1)}<div><span style="font-size:13px;"><em>Gwen Ashby-Lowe, Managing Director</em></span></div>`)}
${rnb(`<img border="0" width="550" alt="" src="https://img.mailinblue.example/412/images/roof.jpg">
<div><span style="font-size:12px;color:#888;">Solar panels on the Saltby roof. Photo: Facilities team</span></div>`)}
${rnb(`${vh(vH[1] ?? '')}${vp(vS2)}`)}
${rnb(
  `${vh(vH[2] ?? '')}${vp(vS3.slice(0, 1))}<ul>${vS3
    .slice(1)
    .map((x) => `<li><span style="font-size:14px;">${x}</span></li>`)
    .join('\n')}</ul>`,
)}
${rnb(`${vh(vH[3] ?? '')}<table width="100%" style="border-collapse:collapse;"><tbody>${vRows
  .map((r) => `<tr>${r.map((c) => `<td style="padding:6px;border-bottom:1px solid #e5e5e5;">${c}</td>`).join('\n')}</tr>`)
  .join('\n')}</tbody></table>${vp([vS4])}<div style="text-align:center;"><a href="mailto:comms@fallowmere.example"
style="background-color:#1e6b52;color:#fff;padding:10px 18px;border-radius:4px;">Send us your news</a></div>`)}
<table width="100%" name="Layout_social"><tbody><tr><td align="center"><a href="https://linkedin.example/company/fallowmere">LinkedIn</a> ·
<a href="https://fallowmere.example">fallowmere.example</a></td></tr></tbody></table>
<table width="100%" name="Layout_footer"><tbody><tr><td align="center" style="font-size:12px;color:#888;font-family:Arial;">
<div>Fallowmere Logistics Ltd, Unit 3 Crane Lane, Saltby SB2 7TR</div>
<div>This email was sent to staff@fallowmere.example</div><div>You've received it because you are on the Fallowmere staff list.</div>
<div><a href="https://r.fallowmere.sendibm.example/mk/un/abc">Unsubscribe here</a></div></td></tr></tbody></table>
<table width="100%" name="Layout_sib"><tbody><tr><td align="center"><a href="https://www.brevo.example/?utm_source=logo_mirror"><img
src="https://img.mailinblue.example/brevo-logo.png" alt="Sent with Brevo" width="90"></a></td></tr></tbody></table>
</td></tr></tbody></table></body></html>`;
const brevo: TestPage = {
  name: 'heldout333-brevo-internal-news',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: vH,
  body: texts([...vS1, ...vS2, ...vS3, ...vRows.flat(), vS4]),
  bylines: ['From Internal Communications · 6 March 2026', 'Gwen Ashby-Lowe, Managing Director'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'View in browser', 'Solar panels on the Saltby roof. Photo: Facilities team', 'Send us your news', 'LinkedIn', 'fallowmere.example',
    'Fallowmere Logistics Ltd, Unit 3 Crane Lane, Saltby SB2 7TR', 'This email was sent to staff@fallowmere.example',
    "You've received it because you are on the Fallowmere staff list.", 'Unsubscribe here',
  ],
};

export const HELDOUT333_E: readonly TestPage[] = [axiosLocal, brevo];
