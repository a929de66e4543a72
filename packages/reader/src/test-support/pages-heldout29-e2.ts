import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 29, file e2: a Straits Times story (Next.js markup with data-testid attributes: the header with "Subscribe"
 * and "Log in", section nav, the breadcrumb, headline, lead photo with an "ST PHOTO:" caption, byline with the writer's title,
 * "Updated" and "Published" times, "Listen to this article" player, share, gift and "preferred source" buttons, body paragraphs
 * with a "More on this topic" box between them, the WhatsApp channel line, "See more on" topic tags, the newsletter box,
 * "Read next" and "Most popular" lists and the footer).
 */
const stTitle = 'Young hawkers take over stalls at Kampong Sireh food centre as veterans retire';
const stBody = [
  'SINGAPORE – When Madam Lim Siew Hoon hung up her apron at the end of October, after 42 years of selling fishball noodles at ' +
    'Kampong Sireh Food Centre, she did not expect her stall to be taken over within a month.',
  'Her successor, 29-year-old Jared Goh, a former logistics executive, had never cooked for a living before. He spent six weeks ' +
    'at her side learning to make the fishballs by hand, and she still drops by most mornings to check on them.',
  '“I told him, don’t change the chilli,” said Madam Lim, 71. “The rest, he can try his own way.”',
  'Mr Goh is one of nine hawkers under the age of 35 who have taken over stalls at the 56-stall food centre in the past year, as ' +
    'older stallholders retire. The centre’s hawkers’ association said the median age of its members has fallen from 62 to 54 ' +
    'over the same period.',
  'The changes follow a stall succession programme started by the town council in 2024, which pairs retiring hawkers with ' +
    'younger people who want to take over their recipes. Newcomers get rental support for their first year, and the retiring ' +
    'hawker is paid a fee for training them.',
  'Not every pairing has worked. Two of the young hawkers gave up within six months, citing long hours and rising ingredient ' +
    'costs, said the association’s chairman, Mr Ong Boon Kiat.',
  '“The hours are the same as before: you start at 4am and you are washing up at 3pm,” he said. “What is different is that these ' +
    'young people come in with a plan, an Instagram account and a price list they have actually worked out.”',
  'Some regulars have noticed the change. Retiree Rajan Pillai, 68, who has eaten at the centre almost every day for 20 years, ' +
    'said the fishball noodles taste the same, but now cost 50 cents more.',
  '“I don’t mind,” he said. “I would rather pay $4.50 than see the stall close.”',
  'Mr Goh said he makes about 1,200 fishballs a day and sells out most days by 1pm. He hopes to add a dry version with Madam ' +
    'Lim’s chilli by next year, if she approves.',
];
const stNav = ['Singapore', 'Asia', 'World', 'Opinion', 'Life', 'Business', 'Tech', 'Sport', 'Videos', 'Podcasts', 'Multimedia'];
const stCaption = 'Mr Jared Goh (left) with Madam Lim Siew Hoon at the fishball noodle stall he took over in November. ST PHOTO: BRYAN LEONG';
const stMoreOn = ['Hawker centres to trial cashless-only stalls in 2026', 'The last kopi uncle: Singapore’s ageing coffee-stall owners look for heirs'];
const stTags = ['Hawker centres', 'Food', 'Jobs'];
const stReadNext = [
  'Bus fares to rise by up to 6 cents from December',
  'Five new HDB projects launched in Tengah and Bayshore',
  'NEA steps up checks on food centre hygiene after complaints',
];
const stPopular = [
  'Woman fined for feeding pigeons at Toa Payoh block',
  'Changi Airport T5 on track to open in mid-2030s',
  'Heavy rain expected for rest of November',
];
const stFoot = ['About us', 'Contact us', 'Advertise with us', 'Terms & Conditions', 'Data Protection Policy', 'Need help? Reach us here', 'Sitemap'];
const stP = (t: string): string => `<p class="paragraph-base text-base leading-7" data-testid="article-paragraph">${t}</p>`;
const stHtml = `<!DOCTYPE html>
<html lang="en-SG"><head><meta charset="utf-8"><title>${stTitle} | The Straits Times</title>
<meta name="article:section" content="Singapore"><meta name="keywords" content="${stTags.join(', ')}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${stTitle}","datePublished":"2025-11-21T05:00:00+08:00",
"dateModified":"2025-11-21T18:15:00+08:00","author":[{"@type":"Person","name":"Charmaine Loh"}],"isAccessibleForFree":"False"}</script>
<script>window.__staticRouterHydrationData={"loaderData":{"article":{"id":"st_20251121_hawker","paywall":"metered"}}};</script></head>
<body><div id="app"><header class="sticky top-0 bg-white" data-testid="masthead"><div class="flex items-center justify-between px-4">
<button class="hamburger" aria-label="Open menu"><svg aria-hidden="true"></svg></button>
<a href="/" data-testid="logo"><img src="/assets/st-logo.svg" alt="The Straits Times"></a>
<div class="flex gap-2"><a class="btn-subscribe" href="/subscribe">Subscribe</a><a class="btn-login" href="/login">Log in</a></div></div>
<nav class="hidden lg:flex" data-testid="section-nav"><ul>${links(stNav, 'nav-item')}</ul></nav></header>
<main class="article-layout" data-testid="article-layout"><div class="article-main">
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/singapore">Singapore</a> <span aria-hidden="true">›</span>
<a href="/singapore/community">Community</a></nav>
<h1 class="headline font-serif text-3xl" data-testid="article-headline">${stTitle}</h1>
<figure class="article-media" data-testid="article-lead-image"><img src="https://static1.straitstimes.example/s3fs-public/articles/2025/11/20/hawkers.jpg"
alt="" loading="eager"><figcaption class="caption text-sm">${stCaption}</figcaption></figure>
<div class="byline-block" data-testid="byline"><div class="author"><a class="author-name" href="/authors/charmaine-loh">Charmaine Loh</a>
<span class="author-designation">Senior Correspondent</span></div><div class="timestamps">
<p class="timestamp" data-testid="updated-time"><span class="label uppercase">Updated</span> Nov 21, 2025, 06:15 PM</p>
<p class="timestamp" data-testid="published-time"><span class="label uppercase">Published</span> Nov 21, 2025, 05:00 AM</p></div></div>
<div class="article-actions" data-testid="article-actions"><div class="audio-player" data-testid="tts-player"><button>Listen to this article</button>
<span class="audio-player__time">00:00</span><span class="audio-player__time">03:41</span></div>
<button class="share-btn">Share</button><button class="gift-btn">Gift this article</button>
<a class="preferred-source" href="https://www.google.example/preferences/source?q=straitstimes.com">Add ST as a preferred source on Google</a></div>
<div class="article-body" data-testid="article-body">
${stBody.slice(0, 4).map(stP).join('\n')}
<div class="related-box" data-testid="related-inline"><p class="related-box__title">More on this topic</p><ul>${links(stMoreOn)}</ul></div>
${stBody.slice(4, 7).map(stP).join('\n')}
<div class="ad-slot" data-testid="imu1"><span class="ad-label">Advertisement</span></div>
${stBody.slice(7).map(stP).join('\n')}
<p class="whatsapp-cta text-sm"><a href="https://whatsapp.example/channel/st">Join ST’s WhatsApp Channel for the latest news and must-reads.</a></p></div>
<div class="tags" data-testid="see-more-on"><span class="tags__label">See more on</span><ul>${links(stTags, 'tag')}</ul></div>
<section class="newsletter-box" data-testid="newsletter"><h3>Get the latest from ST in your inbox</h3><p>Sign up for our free newsletters.</p>
<a class="btn" href="/newsletter-signup">Sign up</a></section>
<section class="read-next" data-testid="read-next"><h3>Read next</h3><ul>${links(stReadNext)}</ul></section></div>
<aside class="article-rail"><section data-testid="most-popular"><h3>Most popular</h3><ol>${links(stPopular)}</ol></section></aside></main>
<footer class="site-footer" data-testid="footer"><ul>${links(stFoot)}</ul><p>© 2025 SPH Media Limited. All rights reserved.</p></footer>
<div id="cookie-consent" class="cookie-bar" role="dialog"><p>We use cookies to make your experience better. By continuing to browse this site, you
agree to our use of cookies.</p><button>Got it</button></div></div></body></html>`;
export const straitsTimes: TestPage = {
  html: stHtml,
  name: 'heldout29-straits-times-story',
  kind: 'news',
  // the dateline "SINGAPORE –" opens the first paragraph: body; the story has no dek and no headings; "Charmaine Loh", her
  // title and the "Updated" and "Published" lines are bylines; the breadcrumb, lead caption with its "ST PHOTO:" credit, the
  // audio player, share, gift and preferred-source buttons, the "More on this topic" box, the ad label, the WhatsApp line at the
  // foot of the body, "See more on" with its tags, the newsletter box, "Read next", "Most popular", the cookie bar, header, nav
  // and footer are furniture; the nav's "Singapore" (the breadcrumb's too) and the tag "Food" are words of the body: left out
  title: stTitle,
  headings: [],
  body: texts(stBody),
  bylines: ['Charmaine Loh', 'Senior Correspondent', 'Updated Nov 21, 2025, 06:15 PM', 'Published Nov 21, 2025, 05:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Log in', ...stNav.filter((t) => t !== 'Singapore'), 'Community', stCaption, 'Listen to this article', '00:00', '03:41', 'Share',
    'Gift this article', 'Add ST as a preferred source on Google', 'More on this topic', ...stMoreOn, 'Advertisement',
    'Join ST’s WhatsApp Channel for the latest news and must-reads.', 'See more on', ...stTags.filter((t) => t !== 'Food'),
    'Get the latest from ST in your inbox', 'Sign up for our free newsletters.', 'Sign up', 'Read next', ...stReadNext, 'Most popular', ...stPopular,
    ...stFoot, '© 2025 SPH Media Limited. All rights reserved.',
    'We use cookies to make your experience better. By continuing to browse this site, you agree to our use of cookies.', 'Got it',
  ],
};
