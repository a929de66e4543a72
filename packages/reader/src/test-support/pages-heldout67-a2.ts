import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 67, file a2: a regional story on a UK public broadcaster's news site (a Next.js page built from
 * data-component blocks with styled-components class names: the cookie banner, the account and search bar, the service nav
 * and the nations sub-nav, the headline block, the byline block with the correspondent's role and a "published" time, the
 * Share and Save buttons, image blocks with visually hidden "Image source" and "Image caption" labels, bold lead text,
 * subheadline blocks, the "Related topics" tags, "More on this story", "Top stories" and "Most read" rails and the footer).
 */
const ukTitle = 'Hospital parking charges plan dropped after 14,000 sign petition';
const ukLead = 'Plans to bring back parking charges at three hospitals in north-east Wales have been dropped after more than 14,000 people signed a petition.';
const ukBody1 = [
  'The Clwyd and Conwy health board had proposed a flat fee of £2.50 a day for visitors from April, saying the money would pay for more ' +
    'security staff and repairs to its car parks.',
  'But at a meeting in Llandudno on Tuesday, board members voted unanimously to withdraw the plan, with the chairman, Gareth Meirion, ' +
    'saying it had been "the wrong idea at the wrong time".',
  'Free hospital parking has been Welsh government policy since 2008, although health boards whose car parks were run by private firms ' +
    'under older contracts were allowed to keep charging until those deals ended.',
];
const ukH1 = "'It was visiting or eating properly'";
const ukBody2 = [
  'Siân Elis, from Abergele, started the petition in September after her father spent seven weeks on a stroke ward at Ysbyty Glan Elwy.',
  'She visited every day by car because the bus journey from her village took more than an hour each way.',
  '"At £2.50 a day I would have spent more than £120 just to sit with my dad," she said. "For a lot of families round here that is the ' +
    'difference between visiting and eating properly."',
  'Ms Elis said she was "delighted and a bit stunned" by the decision, but added that many people still struggled to find a space at all.',
];
const ukH2 = 'What happens now?';
const ukBody3 = [
  'The health board said it would instead bid for money from a Welsh government fund for hospital transport, and would look at running ' +
    'more shuttle buses from park-and-ride sites on the A55.',
  'A spokeswoman said the security and maintenance costs would be met from "existing budgets", although she did not say which services ' + 'might be affected.',
  'Nursing unions welcomed the decision but warned that staff on night shifts were still being fined for overstaying in short-stay bays ' +
    'because the staff car park was full by mid-morning.',
  'The Welsh government said it was pleased the board had "listened to patients and their families".',
];
const ukCap1 = 'The charges would have applied at three hospitals, including Ysbyty Glan Elwy near Abergele';
const ukCap2 = 'Siân Elis said her father’s seven-week stay would have cost her more than £120 in parking';
const ukNav = ['Home', 'News', 'Sport', 'Business', 'Innovation', 'Culture', 'Arts', 'Travel', 'Earth', 'Audio', 'Video', 'Live'];
const ukSubNav = ['Wales', 'Wales Politics', 'North West Wales', 'North East Wales', 'Mid Wales', 'South West Wales', 'South East Wales', 'Cymru Fyw'];
const ukTopics = ['NHS Wales', 'Abergele', 'Llandudno', 'Hospitals'];
const ukMoreOn = ['Hospital car park fees "a tax on the sick", say campaigners', 'Health board faces £38m overspend', 'Free parking at all Welsh hospitals'];
const ukTop = [
  'Storm warning as 80mph winds forecast for west coast',
  'Rail line to reopen after landslip repairs finished early',
  'Teachers in Wales to be balloted over pay offer',
];
const ukRead = [
  'Village shop saved by 400 shareholders',
  'Cardiff bus lane cameras to be switched on in January',
  'Rare pine marten filmed in Snowdonia garden',
  'Hospital parking charges plan dropped',
  'Eisteddfod confirms 2027 host town',
];
const ukFoot = [
  'Terms of Use',
  'About the BPB',
  'Privacy Policy',
  'Cookies',
  'Accessibility Help',
  'Parental Guidance',
  'Contact the BPB',
  'BPB emails for you',
  'Advertise with us',
];
const ukCopy = 'Copyright 2025 BPB. All rights reserved.';
const ukExt = 'The BPB is not responsible for the content of external sites.';
const textBlock = (p: string, bold = false): string =>
  `<div data-component="text-block" class="sc-18fde0d6-0 dlWCEZ"><p class="sc-eb7bd5f6-0 fYAfXe">${
    bold
      ? `<b class="sc-7dcfb11b-0
glmCPR">${p}</b>`
      : p
  }</p></div>`;
const imageBlock = (src: string, source: string, cap: string): string =>
  `<div data-component="image-block" class="sc-18fde0d6-0 dlWCEZ"><figure class="sc-fcf4ad5-0 bTjmAn"><div class="sc-fcf4ad5-1 kIlSWY">
<span role="text" class="sc-5340b511-0 hLnDJu"><span class="sc-5340b511-1 gQpvBD visually-hidden">Image source, </span>${source}</span>
<img sizes="(min-width: 1280px) 50vw, 100vw" src="https://ichef.bpb.example/news/480/cpsprodpb/${src}.jpg.webp" loading="lazy" alt="" class="sc-814e9212-0
hIXOPW"></div>
<figcaption class="sc-8a068d35-0 dYKJGJ"><span class="visually-hidden sc-8a068d35-1 ecbOGD">Image caption, </span>${cap}</figcaption></figure></div>`;
const ukHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>${ukTitle} - BPB News</title><meta name="description" content="Campaigners say the £2.50-a-day charge would have priced families out of visiting.">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle",
"url":"https://www.bpb.example.co.uk/news/articles/c4g2x9ze1l7o",
"publisher":{"@type":"NewsMediaOrganization","name":"BPB News"},"datePublished":"2025-11-18T06:12:44.000Z","headline":"${ukTitle}",
"author":[{"@type":"Person","name":"Rhian Pugh"}]}</script>
<style data-styled="active">.visually-hidden{clip-path:inset(100%);clip:rect(1px,1px,1px,1px);height:1px;overflow:hidden;position:absolute;width:1px}</style>
</head><body><div id="__next">
<div id="bpbcookies" class="bpbcookies-banner" role="region" aria-label="Cookie banner"><div class="bpbcookies-banner__wrapper" id="bpbcookies-prompt">
<h2 class="bpbcookies-banner__title">Let us know you agree to cookies</h2><p class="bpbcookies-banner__text">We use cookies to give you the best online
experience. Please let us know if you agree to all of these cookies.</p><ul class="bpbcookies-banner__buttons"><li><button id="bpbcookies-accept-button"
type="button">Yes, I agree</button></li><li><a id="bpbcookies-settings-button" href="/usingthebpb/cookies/how-can-i-change-my-bpb-cookie-settings/">No, take
me to
settings</a></li></ul></div></div>
<header data-testid="header-content" class="sc-61dec6c6-0 hAkGpn"><a href="#main-content" class="sc-2ffbeda6-1 jeftfX">Skip to content</a>
<div class="sc-2ffbeda6-3 dCnMIH"><a href="https://www.bpb.example.co.uk/" aria-label="BPB Homepage" class="sc-2ffbeda6-4 hRvhbG"><svg viewBox="0 0 83
24"></svg></a>
<button type="button" aria-label="Register" class="sc-ae29827d-0 grPeBl">Register</button><a href="https://account.bpb.example.co.uk/signin"
class="sc-ae29827d-0 grPeBl">Sign In</a>
<button type="button" aria-label="Search BPB" class="sc-8f38c6b2-1 dUrqbm"><span class="visually-hidden">Search BPB</span></button></div>
<nav aria-label="BPB" data-testid="level1PageLinks" class="sc-6f2f5d8d-0 kZYsUv"><ul class="sc-6f2f5d8d-1
jNvNsB">${links(ukNav, 'sc-6f2f5d8d-2 dDTjxD')}</ul></nav>
<nav aria-label="Wales" data-testid="level2PageLinks" class="sc-6f2f5d8d-0 hKqTiY"><ul>${links(ukSubNav, 'sc-6f2f5d8d-2 dDTjxD')}</ul></nav></header>
<main id="main-content" data-testid="main-content" class="sc-2e302a4f-0 kHqFJt"><article class="sc-4cd3e9af-0 kDbCCr">
<div data-component="headline-block" class="sc-18fde0d6-0 dlWCEZ"><h1 id="main-heading" type="headline" tabindex="-1" class="sc-f98b1ad2-0
dfvxux">${ukTitle}</h1></div>
<div data-component="byline-block" class="sc-18fde0d6-0 dlWCEZ"><div class="sc-3d3c8c0b-0 eIKeGo"><div data-testid="byline-new" class="sc-801dd632-0 gtpMhG">
<div class="sc-801dd632-1 jrnZLr"><time type="published" data-testid="timestamp" datetime="2025-11-18T06:12:44.000Z" class="sc-801dd632-2 IvNnh">18 November
2025</time>
</div><div data-testid="byline-new-contributors" class="sc-801dd632-3 ggxfBm"><span data-testid="byline-new-contributors-contributor-0" class="sc-801dd632-5
lasLGY">
<span class="sc-801dd632-7 lasLGY">Rhian Pugh</span><div class="sc-801dd632-8 dIqpcK">BPB Wales health correspondent</div></span></div></div>
<div data-testid="share-save" class="sc-3d3c8c0b-3 daGlCQ"><button type="button" data-testid="share-button" aria-haspopup="dialog"
class="sc-4f8ff1a5-0 bNwvwf">Share<span class="visually-hidden"> this article</span></button><button type="button" data-testid="save-button"
class="sc-4f8ff1a5-0 bNwvwf">Save<span class="visually-hidden"> this article</span></button></div></div></div>
${imageBlock('2c5e/live/hospital-car-park', 'Getty Images', ukCap1)}
${textBlock(ukLead, true)}
${ukBody1.map((p) => textBlock(p)).join('\n')}
<div data-component="subheadline-block" class="sc-18fde0d6-0 dlWCEZ"><h2 class="sc-9d830f2a-0 jcpkjw" id="it-was-visiting-or-eating-properly">${ukH1}</h2></div>
${imageBlock('91a4/live/sian-elis', 'Family photo', ukCap2)}
${ukBody2.map((p) => textBlock(p)).join('\n')}
<div data-component="subheadline-block" class="sc-18fde0d6-0 dlWCEZ"><h2 class="sc-9d830f2a-0 jcpkjw" id="what-happens-now">${ukH2}</h2></div>
${ukBody3.map((p) => textBlock(p)).join('\n')}
<div data-component="links-block" class="sc-18fde0d6-0 dlWCEZ"><section class="sc-9e5b6b59-0 jhWQpU"><h2 class="sc-9e5b6b59-1 bmKqYO">More on this story</h2>
<ul role="list" class="sc-9e5b6b59-2 fKcHuy">${links(ukMoreOn, 'sc-9e5b6b59-3')}</ul></section></div>
<div data-component="tags" class="sc-18fde0d6-0 dlWCEZ"><div class="sc-1d9d2ed5-0 bVGmTb"><h2 class="sc-1d9d2ed5-1 ieXBkE">Related topics</h2>
<ul role="list" class="sc-1d9d2ed5-2 jeLKYi">${links(ukTopics, 'sc-1d9d2ed5-3 ilhpSJ')}</ul></div></div></article>
<aside class="sc-8c6b6b22-0 dsPYaU" aria-labelledby="top-stories-heading"><h2 id="top-stories-heading" class="sc-8c6b6b22-1 kbTNFe">Top stories</h2>
<ul>${links(ukTop, 'sc-8c6b6b22-2')}</ul></aside>
<section data-component="most-read" class="sc-6b2c6d9a-0 ktLxjE" aria-labelledby="most-read-heading"><h2 id="most-read-heading">Most read</h2>
<ol class="sc-6b2c6d9a-1">${ukRead
  .map(
    (t, i) => `<li><span class="sc-6b2c6d9a-2 eAcyKu" aria-hidden="true">${i + 1}</span><a
href="/news/articles/mr${i}">${t}</a></li>`,
  )
  .join('')}</ol>
</section></main>
<footer data-testid="footer" class="sc-ad6e5d1e-0 eKWQkX"><a href="/" aria-label="BPB Homepage" class="sc-ad6e5d1e-1"><svg viewBox="0 0 83 24"></svg></a>
<ul class="sc-ad6e5d1e-2 cgQILi">${links(ukFoot, 'sc-ad6e5d1e-3')}</ul><p class="sc-ad6e5d1e-4 hUxRnq"><span>${ukCopy}</span> <span>${ukExt}</span>
<a href="https://www.bpb.example.co.uk/editorialguidelines/guidance/feeds-and-links"><b>Read about our approach to external linking.</b></a></p></footer>
</div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"type":"article","section":"wales"}}},"buildId":"bpb-2025-11"}</script>
<script src="https://static.files.bpb.example.co.uk/bpbcookies/bpbcookies.min.js" async></script></body></html>`;
export const ukBroadcasterStory: TestPage = {
  html: ukHtml,
  name: 'heldout67-uk-public-broadcaster-news',
  kind: 'news',
  // the bold first paragraph is body; the two subheadline blocks are the headings; "Rhian Pugh", her role line and the date
  // are bylines; the hidden "Image source, " and "Image caption, " labels, the image sources (agency and "Family photo"),
  // the captions, Share/Save (with their hidden " this article"), "More on this story", "Related topics" and their links,
  // "Top stories", "Most read" (its numbers are in neither: digits), the cookie banner, header, the two navs and the footer are
  // furniture; the sub-nav's "Wales" and "North East Wales", the topic tags "Abergele", "Llandudno" and "Hospitals" (body
  // words) and the "Most read" entry that repeats the headline's words are left out
  title: ukTitle,
  headings: [ukH1, ukH2],
  body: [ukLead, ...texts(ukBody1), ...texts(ukBody2), ...texts(ukBody3)],
  bylines: ['18 November 2025', 'Rhian Pugh', 'BPB Wales health correspondent'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Let us know you agree to cookies',
    'We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.', 'Yes, I agree',
    'No, take me to settings', 'Skip to content', 'Register', 'Sign In', 'Search BPB', ...ukNav, ...ukSubNav.slice(1).filter((t) => t !== 'North East Wales'),
    'Image source,', 'Getty Images',
    'Family photo', 'Image caption,', ukCap1, ukCap2, 'Share', 'Save', 'this article', 'More on this story', ...ukMoreOn, 'Related topics',
    'NHS Wales', 'Top stories', ...ukTop, 'Most read', ...ukRead.filter((t) => !t.startsWith('Hospital')), ...ukFoot,
    ukCopy, ukExt, 'Read about our approach to external linking.',
  ],
};
