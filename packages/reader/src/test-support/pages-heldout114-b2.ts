import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 114, file b2: a monthly magazine's story on a Next.js site (Atlantic shape) opened by the audio player:
 * "Listen to this article", the duration, "Narrated by ..." and the "Produced by ..." line, then the dek, the byline, the
 * lead art caption, a mid-article newsletter box, a pull quote that repeats a sentence of the text, the end-of-article
 * "About the Author" box, "Explore More Topics", the "Most Popular" rail, the subscribe paywall banner and the footer.
 */
const title = 'The Town That Wouldn’t Let Its Library Close';
const dek = 'When the county cut its funding, the people of Wren Hollow decided to run the building themselves.';
const player = ['Listen to this article', '00:00', '11:42', 'Narrated by Imogen Tully', 'Produced by Noa, an audio publisher'];
const p1 = [
  'On the first Saturday of March 2024, the Wren Hollow Public Library was supposed to lock its doors for good. The county had ' +
    'voted to cut its budget by 60 percent, the two paid librarians had taken jobs elsewhere, and the board had already sold the ' +
    'bookmobile to a church in the next valley.',
  'Instead, at 9 a.m. that morning, a retired mail carrier named Gordon Feeney unlocked the front door, turned on the lights, and ' +
    'sat down at the circulation desk. He had a key because, years earlier, he had been asked to water the plants.',
  'Nearly two years later, the library is still open six days a week. It is run by 73 volunteers, funded by a bake sale, a ' +
    'quilt raffle, and a small property-tax levy that passed by 11 votes, and it circulates more books than it did before the cuts.',
];
const h1 = 'A rota on the back of an envelope';
const p2 = [
  'Feeney’s plan, such as it was, was written on the back of a utility bill. He listed everyone he could think of who might give ' +
    'up a morning a week, and then he called them. By the end of the month he had enough people to cover every shift.',
  'What he did not have was any idea how the catalog worked. That fell to Priya Hollins, a 16-year-old who had volunteered at the ' +
    'library since middle school and who, it turned out, was the only person left in town who knew the administrator password.',
  '“Everyone assumed a library runs itself,” Hollins told me. “It does not. Somebody has to order the books and fix the printer ' +
    'and tell people that the Wi-Fi password is still the same as it was last week.”',
];
const h2 = 'The limits of goodwill';
const p3 = [
  'Not everything has worked. The library stopped its interlibrary loans for most of a year because nobody could work out the ' +
    'shipping account. Story time, once the busiest hour of the week, now happens twice a month, when a volunteer with small ' +
    'children of her own can lead it.',
  'And the arrangement depends on people who are, for the most part, over 65. Feeney is 78. When I asked him what happens when ' +
    'he cannot do it anymore, he pointed at Hollins, who was shelving large-print mysteries. “She will be running the county by then,” he said.',
  'The county commission will vote next spring on whether to restore part of the library’s funding. Feeney says he will be at ' +
    'the meeting. He plans to bring the envelope.',
];
const pull = '“Everyone assumed a library runs itself. It does not.”';
const nl = ['Sign up for The Weekly Planet, a newsletter about people and places.', 'Email Address', 'Sign Up'];
const bio = 'Nora Castellane is a staff writer at The Monthly Review.';
const topics = ['libraries', 'rural America', 'volunteering', 'local government'];
const popular = [
  'The Quiet Collapse of the Middle-School Dance',
  'Why Everyone Is Suddenly Buying a Chest Freezer',
  'What the Census Missed in the Mountain West',
  'The Last Switchboard Operator',
];
const nav = ['Popular', 'Latest', 'Newsletters', 'Sections', 'Audio', 'Magazine'];
const foot = ['About', 'Contact', 'Podcasts', 'Subscription', 'Follow', 'Privacy Policy', 'Your Privacy Choices', 'Advertising Guidelines', 'Terms Conditions'];
const paywall = 'Get unlimited access to The Monthly Review for less than $1 a week.';
const caption = 'Gordon Feeney at the circulation desk of the Wren Hollow Public Library.';
const credit = 'Photograph by Aldo Brennan for The Monthly Review';
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><title>${title} - The Monthly Review</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${dek}">
<meta property="og:title" content="${title}"><meta name="author" content="Nora Castellane">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${title}","description":"${dek}",
"author":[{"@type":"Person","name":"Nora Castellane"}],"datePublished":"2025-11-03T12:00:00Z","isAccessibleForFree":false}</script>
<link rel="preload" as="script" href="/_next/static/chunks/pages/%5Bsection%5D/%5Byear%5D/%5Bmonth%5D/%5Bid%5D-4b1.js"></head>
<body><div id="__next"><a class="SkipLink_root__x1" href="#main-content">Skip to content</a>
<header class="Header_root__a2"><a class="Header_logo__q" href="/">The Monthly Review</a><nav class="Header_nav__z">${nav
  .map((n) => `<a class="Header_link__p" href="#">${n}</a>`)
  .join('')}</nav><a class="Header_subscribe__v" href="/subscribe/">Subscribe</a><a class="Header_signin__n" href="/login/">Sign In</a></header>
<main id="main-content" class="ArticleLayout_main__k"><article class="ArticleLayout_article__m">
<header class="ArticleHero_root__s"><div class="ArticleHero_rubric__r"><a href="/ideas/">Ideas</a></div>
<h1 class="ArticleTitle_root__VrZaG">${title}</h1><p class="ArticleDek_root__P3leE">${dek}</p>
<div class="ArticleBylines_root__h"><address>By <a class="ArticleBylines_link__kNP4C" href="/author/nora-castellane/">Nora Castellane</a></address></div>
<time class="ArticleTimestamp_root__b3bL6" datetime="2025-11-03T12:00:00Z">November 3, 2025, 7 AM ET</time>
<div class="ArticleShare_root__w"><button aria-label="Share">Share</button><button aria-label="Save">Save</button></div></header>
<div class="ArticleAudio_root__f" data-event-module="audio player"><div class="ArticleAudio_player__c">
<button class="ArticlePlayButton_root__y" aria-label="Play">
<span class="ArticleAudio_label__q">${player[0]}</span></button><div class="ArticleAudio_progress__g"><span>${player[1]}</span>
<span class="ArticleAudio_duration__u">${player[2]}</span></div><div class="ArticleAudio_speed__j"><button>1.0x</button></div></div>
<p class="ArticleAudio_narrator__d">${player[3]}</p><p class="ArticleAudio_credit__x">${player[4]}</p></div>
<figure class="ArticleLeadArt_root__t"><picture><img alt="" src="https://cdn.themonthlyreview.example/media/img/feeney.jpg"></picture>
<figcaption class="ArticleLeadFigure_caption__n">${caption} <span class="ArticleLeadFigure_credit__b">${credit}</span></figcaption></figure>
<section class="ArticleBody_root__2gF81" data-event-module="article body">
${ps(p1, ' class="ArticleParagraph_root__4mszW" data-flatplan-paragraph="true"')}
<h2 class="ArticleHeading_root__W6d6f">${h1}</h2>
${ps(p2, ' class="ArticleParagraph_root__4mszW"')}
<div class="ArticleInjector_root__a" data-event-module="newsletter"><div class="ArticleNewsletterSignup_root__c">
<p class="ArticleNewsletterSignup_dek__m">${nl[0]}</p>
<form><label class="ArticleNewsletterSignup_label__r">${nl[1]}</label><input type="email"><button type="submit">${nl[2]}</button></form></div></div>
<aside class="ArticlePullquote_root__p"><p>${pull}</p></aside>
<h2 class="ArticleHeading_root__W6d6f">${h2}</h2>
${ps(p3, ' class="ArticleParagraph_root__4mszW"')}
</section>
<section class="ArticleBio_root__t"><h2 class="ArticleBio_heading__b">About the Author</h2><p class="ArticleBio_text__k">${bio}</p></section>
<div class="ArticleTopics_root__z"><h2>Explore More Topics</h2><ul>${links(topics)}</ul></div>
</article><aside class="MostPopular_root__h"><h2 class="MostPopular_title__r">Most Popular</h2><ol>${links(popular)}</ol></aside></main>
<div class="PaywallBanner_root__q" role="dialog"><p>${paywall}</p><a href="/subscribe/">Subscribe Now</a><button>Dismiss</button></div>
<footer class="Footer_root__y"><ul>${links(foot)}</ul><p>© 2025 The Monthly Review Company. All Rights Reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleId":"684201"}},"page":"/[section]/[year]/[month]/[id]"}</script>
</body></html>`;
export const audioPage: TestPage = {
  name: 'heldout114-nextjs-magazine-listen-player-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2],
  body: texts([dek, ...p1, ...p2, ...p3]),
  bylines: ['By Nora Castellane', 'November 3, 2025, 7 AM ET'],
  furniture: [
    ...player,
    '1.0x',
    'Skip to content',
    'The Monthly Review',
    ...nav,
    'Subscribe',
    'Sign In',
    'Ideas',
    'Share',
    'Save',
    caption,
    credit,
    ...nl,
    pull,
    'About the Author',
    bio,
    'Explore More Topics',
    ...topics,
    'Most Popular',
    ...popular,
    paywall,
    'Subscribe Now',
    'Dismiss',
    ...foot,
    '© 2025 The Monthly Review Company. All Rights Reserved.',
  ],
};
