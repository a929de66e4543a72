import { links, type TestPage, texts } from './page-kit.js';
import { wixPost } from './pages-heldout94-b2.js';
import { paras, tags } from './pages-heldout94-kit.js';

/**
 * Held-out batch 94, file b: a Patch.com local news story (the patch picker and "Subscribe" header, local nav, the category
 * badge, headline and subhead, "Patch Staff" byline with posted and updated times, "Reply" and "Share" buttons, the lead
 * image caption, a dateline opening the first paragraph, the "Find out what's happening" prompt between paragraphs, ad slots,
 * the newsletter box, the rules of replying, the "More from" rail, nearby communities and the footer) and, from file b2, a
 * Wix Blog post.
 */
const paTitle = 'Harlow Springs Diner Closing After 46 Years, Owners Say';
const paSub = 'The Corner Plate on Main Street will serve its last breakfast on Nov. 2. The owners say they are retiring.';
const paP1 = paras(`
HARLOW SPRINGS, NJ — The Corner Plate, the Main Street diner where generations of Harlow Springs residents have eaten pancakes
after Little League games and coffee before the early train, will close for good next month, its owners announced Monday.

Nick and Elena Vasilakis, who bought the diner from Nick’s uncle in 1994, said in a post on the restaurant’s Facebook page that
they had decided to retire. The last day of service will be Sunday, Nov. 2.

“We have been getting up at 4:30 in the morning for thirty years,” Elena Vasilakis told Patch. “Nick’s knees are telling him it
is time, and honestly so are mine. We wanted to go out while we still love it.”`);
const paP2 = paras(`
The diner opened in 1979 in a former hardware store at the corner of Main Street and Orchard Avenue. It has 14 booths and a
counter with 11 stools, and its menu has barely changed in decades. Regulars say the disco fries and the Sunday rice pudding
are the dishes they will miss most.

The couple said they had talked to several people about taking over the diner, but none of the conversations worked out. The
building’s owner, Orchard Holdings, did not respond to a request for comment about its plans for the space.

News of the closing spread quickly on Monday. By the evening, the Facebook post had more than 1,200 comments, many from former
residents who had moved away.

“My dad took me there every Saturday when I was a kid, and I took my own kids there last month,” wrote one commenter. “Thank
you for feeding this town for so long.”

Mayor Denise Albright said the borough would recognize the Vasilakis family at the Oct. 21 council meeting.

“The Corner Plate is more than a restaurant. It is where this town catches up with itself,” Albright said. “Nick and Elena have
earned their rest, but Main Street won’t be the same.”

The diner will keep its regular hours, 6 a.m. to 2 p.m. daily, until it closes. The owners said gift cards can be used until
the last day, and they plan to hold a raffle for some of the diner’s signs and memorabilia, with proceeds going to the Harlow
Springs Food Pantry.`);
const paTop = ['Harlow Springs, NJ', 'Subscribe', 'Log in', 'Sign up'];
const paNav = ['News Feed', 'Community Corner', 'Neighbor Posts', 'Classifieds', 'Calendar', 'Local Businesses', 'Real Estate', 'Obituaries'];
const paCategory = 'Business';
const paCaption = 'The Corner Plate has been on Main Street since 1979.';
const paCredit = '(Tomasz Wren/Patch)';
const paPrompt = ['Find out what’s happening in Harlow Springs with free, real-time updates from Patch.', 'Let’s go!'];
const paNews = ['Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.', 'Enter your email', 'Subscribe'];
const paRules = [
  'The rules of replying:',
  'Be respectful. This is a space for friendly local discussions. No racist, discriminatory, vulgar or threatening language will be tolerated.',
  'Be transparent. Use your real name, and back up your claims.',
  'Keep it local and relevant. Make sure your replies stay on topic.',
  'Review the Patch Community Guidelines.',
];
const paMore = [
  'Harlow Springs Schools Weigh Later Start Times For High School',
  'Orchard Avenue Repaving To Begin Next Week: Detours',
  'Fall Festival Returns To Veterans Park Saturday',
  'Police: Two Charged After Catalytic Converter Thefts',
];
const paNearby = ['Kent, NJ', 'Millbrook, NJ', 'Westover, NJ', 'Ashby Falls, NJ'];
const paFoot = [
  'About Patch',
  'Patch Blog',
  'Careers',
  'Partnerships',
  'Advertise on Patch',
  'Help & Contact',
  'Terms of Use',
  'Privacy Policy',
  'Community Guidelines',
  'Your Privacy Choices',
];
const paCopy = '© 2025 Patch Media. All Rights Reserved.';
const paAd = (id: string): string => `<div class="styles_AdUnit__wrapper" data-ad-slot="${id}"><div class="styles_AdUnit__label">Advertisement</div>
<div id="${id}" class="ad-unit"></div></div>`;
const paHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harlow Springs Diner Closing After 46 Years, Owners Say | Harlow Springs, NJ Patch</title>
<meta name="description" content="${paSub}"><meta property="og:title" content="${paTitle}"><meta property="og:site_name" content="Harlow Springs, NJ Patch">
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-10-13T15:45:12Z">
<link rel="canonical" href="https://patch.com/new-jersey/harlowsprings/harlow-springs-diner-closing-after-46-years-owners-say">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${paTitle}","description":"${paSub}",
"datePublished":"2025-10-13T15:45:12Z","dateModified":"2025-10-13T18:10:40Z","author":{"@type":"Person","name":"Tomasz Wren"},
"publisher":{"@type":"Organization","name":"Patch"}}</script>
<link rel="preload" href="/_next/static/css/8f2a1b.css" as="style"><link rel="stylesheet" href="/_next/static/css/8f2a1b.css"></head>
<body><div id="__next"><div class="styles_Layout__wrapper">
<header class="styles_Header__container" data-testid="header"><div class="styles_Header__top"><a class="styles_Header__logo" href="/" aria-label="Patch">
<svg aria-hidden="true"></svg></a><button class="styles_PatchPicker__button" type="button" aria-haspopup="true">${paTop[0]}</button>
<div class="styles_Header__actions"><a class="btn btn--primary" href="/subscribe?patch=harlowsprings">${paTop[1]}</a>
<a class="styles_Header__link" href="/login">${paTop[2]}</a><a class="styles_Header__link" href="/register">${paTop[3]}</a></div></div>
<nav class="styles_Nav__list" aria-label="Harlow Springs"><ul>${links(paNav, 'styles_Nav__item')}</ul>
<a class="btn btn--post" href="/new-jersey/harlowsprings/compose">Post</a></nav></header>
${paAd('div-gpt-ad-top-leaderboard')}
<main class="styles_Layout__main"><div class="styles_Layout__content"><article class="styles_Article__container" data-article-id="33410725">
<header class="styles_Article__header"><a class="styles_CategoryBadge__link" href="/new-jersey/harlowsprings/business">${paCategory}</a>
<h1 class="styles_Article__title">${paTitle}</h1><h2 class="styles_Article__subhead">${paSub}</h2>
<div class="styles_Byline__container"><a class="styles_Byline__avatar" href="/users/tomasz-wren"><img src="https://patch.example/users/tw.jpg" alt=""></a>
<div class="styles_Byline__text"><a class="styles_Byline__author" href="/users/tomasz-wren">Tomasz Wren</a><span>, </span>
<span class="styles_Byline__role">Patch Staff</span><div class="styles_Byline__dates"><span>Posted Mon, Oct 13, 2025 at 11:45 am ET</span>
<span class="styles_Byline__divider">|</span><span>Updated Mon, Oct 13, 2025 at 2:10 pm ET</span></div></div>
<div class="styles_Byline__actions"><button class="styles_ReplyButton" type="button"><svg aria-hidden="true"></svg><span>Reply</span></button>
<button class="styles_ShareButton" type="button"><svg aria-hidden="true"></svg><span>Share</span></button></div></div></header>
<figure class="styles_Article__image"><img src="https://patch.example/img/cdn20/users/22831407/20251013/cornerplate.jpg" alt="" width="1200">
<figcaption class="styles_Article__caption">${paCaption} ${paCredit}</figcaption></figure>
<section class="styles_Article__body" data-testid="article-body">
${tags('p', paP1)}
<div class="styles_InlineSignup__container" data-testid="inline-local-signup"><p class="styles_InlineSignup__text">${paPrompt[0]}</p>
<a class="btn btn--secondary" href="/subscribe?patch=harlowsprings&amp;source=inline">${paPrompt[1]}</a></div>
${tags('p', paP2.slice(0, 4))}
${paAd('div-gpt-ad-in-article-1')}
${tags('p', paP2.slice(4))}
</section>
<section class="styles_Newsletter__box"><p>${paNews[0]}</p><form><input type="email" placeholder="Email address" aria-label="${paNews[1]}">
<span class="sr-only">${paNews[1]}</span><button type="submit">${paNews[2]}</button></form></section>
<section class="styles_Replies__container" id="replies"><div class="styles_Rules__box"><h3>${paRules[0]}</h3><ul>
${tags('li', paRules.slice(1, 4))}
<li><a href="/community-guidelines">${paRules[4]}</a></li></ul></div></section></article>
<aside class="styles_Rail__container"><section class="styles_Rail__more"><h2>More from Harlow Springs</h2><ul>${links(paMore)}</ul></section>
${paAd('div-gpt-ad-rail-1')}
<section class="styles_Rail__nearby"><h2>Nearby Communities</h2><ul>${links(paNearby)}</ul></section></aside></div></main>
<footer class="styles_Footer__container"><div class="styles_Footer__logo"><svg aria-hidden="true"></svg></div><ul class="styles_Footer__links">
${links(paFoot)}</ul><p class="styles_Footer__copyright">${paCopy}</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":33410725,"title":"${paTitle}","patch":"harlowsprings"}}},
"page":"/[state]/[patch]/[slug]","buildId":"c7a1f9"}</script><script src="/_next/static/chunks/main-3b1f.js" defer></script></body></html>`;
const patch: TestPage = {
  name: 'heldout94-patch-news',
  kind: 'news',
  html: paHtml,
  // the subhead is body; the dateline opening the first paragraph stays in its paragraph; the inline "Find out what's
  // happening" prompt, the category badge and the caption are furniture
  title: paTitle,
  headings: [],
  body: texts([paSub, ...paP1, ...paP2]),
  bylines: ['Tomasz Wren', 'Patch Staff', 'Posted Mon, Oct 13, 2025 at 11:45 am ET', 'Updated Mon, Oct 13, 2025 at 2:10 pm ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...paTop, ...paNav, 'Post', 'Advertisement', paCategory, 'Reply', 'Share', paCaption, paCredit, ...paPrompt, paNews[0] ?? '', paNews[1] ?? '',
    ...paRules, 'More from Harlow Springs', ...paMore, 'Nearby Communities', ...paNearby, ...paFoot, paCopy,
  ],
};

export const HELDOUT94_B: readonly TestPage[] = [patch, wixPost];
