import { type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 95, file a2: a BBC News story in the current bbc.co.uk article design (the Next.js app: skip link, the
 * top nav, the News and nations sub-navs, the headline block, the byline block with time, contributor name and role,
 * "Share" and "Save", image blocks with caption and credit, text blocks with a bold lead, subheadline blocks, a video
 * block with its caption, a "Follow BBC Wales" text block at the end of the story, related topics, "More from the BBC"
 * cards, the cookie prompt and the footer).
 */
const bbTitle = 'Three village schools to close despite parents’ protests';
const bbP1 = [
  '<b class="sc-7dcfb11b-0 kRjCeg">Three small primary schools in the Teifi valley will close next summer after councillors voted to merge them into a new ' +
    'school in Llanfair Caron.</b>',
  'Glanrhyd council’s cabinet backed the plan by six votes to three on Tuesday, despite a petition signed by more than 2,000 people and a protest ' +
    'outside the council offices by parents and pupils.',
  'The council said falling numbers meant the schools at Pentrefelin, Cwm Aeron and Bryn Isaf were no longer sustainable, with fewer than 30 pupils ' +
    'each and some classes teaching four year groups together.',
];
const bbH1 = '‘The heart of the village’';
const bbP2 = [
  'Parents said the closures would take away the last public building in each village and add up to 40 minutes a day to young children’s journeys.',
  '“The school is the heart of the village. When it goes, the young families go too,” said Carys Morgan, whose two children attend Cwm Aeron ' + 'primary.',
  '“Nobody is saying the buildings are perfect. We are saying fix them, don’t shut them.”',
  'Campaigners had proposed keeping the three schools open under a single head teacher, an arrangement already used in parts of Powys and Gwynedd.',
];
const bbH2 = 'What happens next?';
const bbP3 = [
  'The new school, which will cost about £11m, is due to open in September 2026 on the site of a former livestock market. It will have places for ' +
    '210 pupils and a Welsh-medium nursery.',
  'Council leader Dafydd Rees said free transport would be provided for every pupil living more than a mile and a half from the new site.',
  '“This was not an easy decision and I understand the strength of feeling,” he said. “But we cannot ask children to learn in buildings with ' +
    'leaking roofs and no room for a hall while money goes on keeping half-empty classrooms warm.”',
  'The plan still needs approval from the Welsh government’s education department because one of the schools, Bryn Isaf, is a church school.',
  'Parents have said they will ask for a judicial review of the decision.',
];
const bbFollow = 'Follow BBC Wales News on Facebook, X and Instagram.';
const bbNav = ['Home', 'News', 'Sport', 'Business', 'Innovation', 'Culture', 'Arts', 'Travel', 'Earth', 'Audio', 'Video', 'Live'];
const bbNews = [
  'Israel-Gaza War',
  'War in Ukraine',
  'US & Canada',
  'UK',
  'Africa',
  'Asia',
  'Australia',
  'Europe',
  'Latin America',
  'Middle East',
  'BBC Verify',
];
const bbUk = ['England', 'N. Ireland', 'Scotland', 'Alba', 'Wales', 'Cymru', 'Isle of Man', 'Guernsey', 'Jersey'];
const bbCap1 = 'Parents and pupils protested outside the council offices in Aberteifi before Tuesday’s vote';
const bbCap2 = 'Cwm Aeron primary school has 24 pupils in two classes';
const bbVideo = 'Watch: Pupils and parents on why they want their school saved';
const bbTopics = ['Primary education', 'Education', 'Glanrhyd Council', 'Welsh government'];
// biome-ignore format: the card titles and their labels are packed several to a line
const bbMore = [
  'Rural bus routes cut as council looks to save £4m', '3 days ago', 'Wales',
  'Why are so many small schools closing?', '12 Sep 2025', 'Wales',
  'Teachers back strike ballot over workload', '1 day ago', 'UK',
];
// biome-ignore format: packed
const bbFoot = [
  'Terms of Use', 'About the BBC', 'Privacy Policy', 'Cookies', 'Accessibility Help', 'Parental Guidance', 'Contact the BBC', 'Make an editorial complaint',
  'BBC emails for you',
];
const bbCopy = 'Copyright 2025 BBC. All rights reserved. The BBC is not responsible for the content of external sites.';
const bbCookie = ['Let us know you agree to cookies', 'We use cookies to give you the best online experience. Please tell us if you agree to all of them.'];
const sc = (s: string): string => `sc-${s}`;
const bbText = (t: string): string =>
  `<div data-component="text-block" class="${sc('18fde0d6-1 dfvxux')}"><p class="${sc('eb7bd5f6-0 fezwLZ')}">${t}</p></div>`;
const bbSub = (t: string): string =>
  `<div data-component="subheadline-block" class="${sc('18fde0d6-1 dfvxux')}"><h2 class="${sc('518485e5-0 bWszMR')}">${t}</h2></div>`;
const bbImage = (cap: string, credit: string, n: number): string => `<div data-component="image-block" class="${sc('18fde0d6-1 dfvxux')}">
<figure class="${sc('a34861b-0 efFcac')}"><div data-testid="hero-image" class="${sc('a34861b-1 jxzoZC')}"><img sizes="(min-width: 1280px) 50vw,
(min-width: 1008px) 66vw, 96vw" src="https://ichef.bbci.co.uk/news/480/cpsprodpb/${n}a2f/live/school.jpg.webp" loading="${n > 1 ? 'lazy' : 'eager'}"
alt="${cap}" class="${sc('a34861b-0 efFcac')}"><span class="${sc('a34861b-2 gGsqWm')}">${credit}</span></div>
<figcaption class="${sc('8353772e-0 dsoipF')}">${cap}</figcaption></figure></div>`;
const bbHtml = `<!DOCTYPE html>
<html lang="en-GB" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Teifi valley: Three village schools to close despite parents’ protests - BBC News</title>
<meta name="description" content="Councillors vote to merge three small primary schools into a new school despite a 2,000-name petition.">
<meta property="og:title" content="Three village schools to close despite parents’ protests"><meta property="og:type" content="article">
<meta property="og:site_name" content="BBC News"><meta name="article:section" content="Wales"><link rel="canonical"
href="https://www.bbc.co.uk/news/articles/cx2e9z8kq4yo">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","url":"https://www.bbc.co.uk/news/articles/cx2e9z8kq4yo",
"headline":"${bbTitle}","datePublished":"2025-10-07T15:22:41.000Z","dateModified":"2025-10-07T15:22:41.000Z","author":[{"@type":"Person",
"name":"Rhiannon Price","jobTitle":"BBC Wales education correspondent"}],"publisher":{"@type":"NewsMediaOrganization","name":"BBC News"}}</script>
<link rel="stylesheet" href="https://static.files.bbci.co.uk/core/website/assets/static/news/article.css"></head>
<body><div id="__next"><div class="${sc('1d83b8b1-0 eHoZYx')}">
<a href="#main-content" data-testid="skip-to-content" class="${sc('2e6baa30-0 kzOTHA')}">Skip to content</a>
<header data-testid="header-content" class="${sc('e1bd4fc9-0 gyrVUa')}"><div class="${sc('e1bd4fc9-1 dKfETZ')}">
<button aria-label="Open menu" class="${sc('e1bd4fc9-2 hWdxUF')}"><svg viewBox="0 0 32 32"></svg></button>
<a href="https://www.bbc.co.uk/" aria-label="BBC Homepage" class="${sc('e1bd4fc9-3 dvSfUm')}"><svg viewBox="0 0 83 24"></svg></a>
<div class="${sc('e1bd4fc9-4 jRkLSV')}"><a href="https://account.bbc.com/register" class="${sc('e1bd4fc9-5 a1')}">Register</a>
<a href="https://account.bbc.com/signin" class="${sc('e1bd4fc9-5 a1')}">Sign In</a></div></div>
<nav aria-label="BBC" data-testid="level1-navigation-container" class="${sc('2f092172-0 fhpRNi')}"><ul class="${sc('2f092172-1 cuVbPl')}">
${bbNav.map((t) => `<li class="${sc('2f092172-2 dnSJxs')}"><a href="/${t.toLowerCase()}" class="${sc('2f092172-3 hpXLmQ')}">${t}</a></li>`).join('\n')}
</ul></nav><nav aria-label="News" data-testid="level2-navigation-container" class="${sc('2f092172-0 fhpRNi')}"><ul>
${bbNews.map((t) => `<li><a href="/news/${t.toLowerCase().replace(/\W+/g, '_')}">${t.replace('&', '&amp;')}</a></li>`).join('\n')}
</ul></nav><nav aria-label="UK" data-testid="level3-navigation-container"><ul>
${bbUk.map((t) => `<li><a href="/news/${t.toLowerCase().replace(/\W+/g, '_')}"${t === 'Wales' ? ' aria-current="page"' : ''}>${t}</a></li>`).join('\n')}
</ul></nav><form role="search" class="${sc('9d5f1c9a-0 aJjXrn')}"><input type="search" placeholder="Search news, topics and more"
aria-label="Search BBC"><button type="submit">Search</button></form></header>
<main id="main-content" data-testid="main-content" class="${sc('ab2b0e3f-0 fRkDvq')}"><article class="${sc('7ef52d1c-0 kQYbLr')}">
<div data-component="headline-block" class="${sc('18fde0d6-1 dfvxux')}"><h1 class="${sc('518485e5-0 bWszMR')}">${bbTitle}</h1></div>
<div data-component="byline-block" class="${sc('18fde0d6-1 dfvxux')}"><div data-testid="byline-new" class="${sc('801dd632-0 iIhovw')}">
<div class="${sc('801dd632-1 fRgiaL')}"><time data-testid="timestamp" datetime="2025-10-07T15:22:41.000Z" class="${sc('801dd632-2 IvNnh')}">3 hours ago</time>
</div><div data-testid="byline-new-contributors" class="${sc('801dd632-3 eeHgRK')}"><div class="${sc('801dd632-4 gmLFSL')}"><span
class="${sc('801dd632-7 lasLGY')}">Rhiannon Price</span><div class="${sc('801dd632-5 jcnmmY')}"><span class="${sc('801dd632-6 hRmbkT')}">BBC Wales
education correspondent</span></div></div></div><div class="${sc('5b0c0b48-0 jDsCbD')}"><button data-testid="share-button" aria-label="Share"
class="${sc('5b0c0b48-1 fPxbJD')}"><span>Share</span></button><button data-testid="save-button" class="${sc('5b0c0b48-2 bQBPfl')}"><span>Save</span>
</button></div></div></div>
${bbImage(bbCap1, 'Rhiannon Price/BBC', 1)}
${bbP1.map(bbText).join('\n')}
${bbSub(bbH1)}
${bbP2.slice(0, 2).map(bbText).join('\n')}
${bbImage(bbCap2, 'Getty Images', 2)}
${bbP2.slice(2).map(bbText).join('\n')}
<div data-component="video-block" class="${sc('18fde0d6-1 dfvxux')}"><figure class="${sc('c2f3b1c8-0 fyGfxz')}"><div data-testid="smp-player"
class="${sc('c2f3b1c8-1 kMOGEe')}"><button aria-label="Play video, ${bbVideo}, Duration 1:48"><span class="${sc('c2f3b1c8-2 hDgVCK')}">1:48</span>
</button></div><figcaption class="${sc('c2f3b1c8-3 iLpQXp')}"><span class="visually-hidden">Media caption, </span>${bbVideo}</figcaption></figure></div>
${bbSub(bbH2)}
${bbP3.map(bbText).join('\n')}
${bbText(`<i>${bbFollow}</i>`)}
<div data-component="tags" class="${sc('18fde0d6-1 dfvxux')}"><div data-testid="tag-list"><h2 class="${sc('7cc01e83-0 bjUMaN')}">Related topics</h2>
<ul>${bbTopics.map((t) => `<li><a href="/news/topics/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul></div></div></article>
<section data-testid="more-from-bbc" class="${sc('ab2b0e3f-2 bHjNcf')}"><h2 class="${sc('ab2b0e3f-3 hNBcsU')}">More from the BBC</h2><ul>
${[0, 3, 6]
  .map(
    (i) => `<li><div data-testid="card-text-wrapper"><a href="/news/articles/${i}"><h3 data-testid="card-headline">${bbMore[i]}</h3></a>
<div data-testid="card-metadata"><span data-testid="card-metadata-lastupdated">${bbMore[i + 1]}</span><span
data-testid="card-metadata-tag">${bbMore[i + 2]}</span>
</div></div></li>`,
  )
  .join('\n')}</ul></section></main>
<footer data-testid="footer" class="${sc('f4d7ab1d-0 bYsFCZ')}"><div class="${sc('f4d7ab1d-1 hJlvJs')}"><span>Follow BBC on:</span>
<a href="https://www.facebook.com/bbcnews" aria-label="Facebook"></a><a href="https://x.com/bbcnews" aria-label="X"></a></div><ul>
${bbFoot.map((t) => `<li><a href="https://www.bbc.co.uk/${t.toLowerCase().replace(/ /g, '')}">${t}</a></li>`).join('\n')}</ul>
<p class="${sc('f4d7ab1d-3 jUFLvU')}">${bbCopy} <a href="https://www.bbc.co.uk/editorialguidelines/guidance/feeds-and-links">Read about our approach to
external linking.</a></p></footer></div></div>
<div id="bbccookies" class="bbccookies-banner" role="region" aria-label="Cookie banner"><div id="bbccookies-prompt"><h2>${bbCookie[0]}</h2>
<p>${bbCookie[1]}</p><ul><li><button id="bbccookies-continue-button">Yes, I agree</button></li><li><a href="https://www.bbc.co.uk/usingthebbc/cookies/
how-can-i-change-my-bbc-cookie-settings/">No, take me to settings</a></li></ul></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"page":{"id":"cx2e9z8kq4yo","type":"article"}}},"page":"/news/articles/[id]"}</script>
<script src="https://static.files.bbci.co.uk/core/website/assets/static/news/_next/static/chunks/main.js" async></script></body></html>`;
export const bbcStory: TestPage = {
  html: bbHtml,
  name: 'heldout95-bbc-news',
  kind: 'news',
  // the bold lead paragraph is body; the "Follow BBC Wales News" line is a text block after the story and furniture; the
  // reporter's role under her name is a byline with it; captions, image credits, the video caption and all rails are furniture
  title: bbTitle,
  headings: [bbH1, bbH2],
  body: texts([...bbP1, ...bbP2, ...bbP3]),
  bylines: ['3 hours ago', 'Rhiannon Price', 'BBC Wales education correspondent'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', 'Register', 'Sign In', ...bbNav, ...bbNews, ...bbUk, 'Search', 'Share', 'Save', bbCap1, 'Rhiannon Price/BBC', bbCap2,
    'Getty Images', '1:48', bbVideo, bbFollow, 'Related topics', ...bbTopics, 'More from the BBC', ...bbMore, 'Follow BBC on:', ...bbFoot, bbCopy,
    'Read about our approach to external linking.', ...bbCookie, 'Yes, I agree', 'No, take me to settings',
  ])],
};
