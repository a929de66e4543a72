import { links, type TestPage, texts } from './page-kit.js';
import { wttjStory } from './pages-heldout208-c2.js';

/**
 * Held-out batch 208, file c: a post on a software company's own engineering blog about its hiring process (a Next.js
 * marketing site: announcement bar, header nav with "Log in" and "Start free trial", the blog breadcrumb and category, the
 * author row with role, date and reading time, the hero image with its caption, a "We're hiring" callout inside the post
 * body, the share bar, tags, the author bio card, related posts, the newsletter box, the footer and the cookie banner) and,
 * from file c2, a Welcome to the Jungle company story.
 */
const ebTitle = 'How we rebuilt our engineering interview loop, and what changed';
const ebDek = 'We replaced a five-hour gauntlet with three conversations about real work. Offers went up, and so did our confidence.';
const ebP1 = [
  'Two years ago, a candidate for a backend role at Quillmark spent five hours with us: a phone screen, a timed coding test, a ' +
    'whiteboard algorithm round, a system design interview and a chat about values. At the end, we often still could not say ' +
    'whether they would be good at the job we actually had.',
  'Last spring we threw most of that away. This post explains what we built instead, what the numbers look like after 140 ' +
    'interviews, and the parts we are still unsure about.',
];
const ebH1 = 'What was wrong with the old loop';
const ebP2 = [
  'The old process tested things our engineers rarely do. Nobody at Quillmark has reversed a linked list in production, but ' +
    'every one of us has read unfamiliar code, found a bug in it and explained the fix to a colleague. Our interviews measured ' +
    'the first and ignored the second.',
  'It was also unfair in a quiet way. Candidates who had time to practise puzzle questions did well, and those with caring ' +
    'responsibilities or a demanding current job did not. Our pass rates for career changers were half those of new graduates.',
];
const ebH2 = 'The new loop';
const ebP3 = ['Today every engineering candidate has three conversations, all with engineers from the team they would join:'];
const ebList = [
  'A code reading session. We share a real, slightly simplified pull request from our codebase and talk through it together: ' +
    'what it does, what could break, what the candidate would ask the author.',
  'A pairing session on a small bug. The candidate drives, chooses their own editor and language, and can look anything up.',
  'A design conversation about a feature we shipped in the past year, starting from the problem, not from a diagram.',
];
const ebP4 = [
  'Each interviewer writes their notes against a short rubric before they talk to anyone else. The hiring panel then meets ' +
    'for twenty minutes and decides. Candidates hear back within three working days, whatever the answer.',
];
const ebH3 = 'What the numbers say';
const ebP5 = [
  'Since April we have run 140 loops for 19 roles. Offer acceptance went from 61 percent to 83 percent, and the time from ' +
    'first call to offer dropped from 24 days to 11. Career changers now pass at roughly the same rate as everyone else.',
  'The number we watch most closely is how new hires are doing after six months. It is early, but all 17 engineers hired ' +
    'through the new loop passed their probation, and their managers rate them slightly higher than the previous cohort.',
];
const ebQuote = 'It was the first interview where I felt like I was already working there, and I think that made me better at it.';
const ebH4 = 'What we are still figuring out';
const ebP6 = [
  'Code reading favours people who already know our stack, so we now send the pull request to candidates a day early. We are ' +
    'also not yet sure the design conversation works for junior roles, and we are testing a shorter version with a worked example.',
  'If you have run something similar, we would love to compare notes. And if this sounds like a process you would enjoy, we ' + 'are hiring.',
];
const ebNav = ['Product', 'Customers', 'Pricing', 'Careers', 'Blog'];
const ebCaption = 'The platform team during a design review in our Leeds office.';
const ebCredit = 'Photo: Tomasz Wójcik';
const ebHiring = ['We’re hiring', 'Join the engineering team at Quillmark. We have open roles in Leeds, Lisbon and remote across Europe.', 'See open roles'];
const ebTags = ['Engineering culture', 'Hiring', 'Interviews'];
const ebBio = 'Priya leads the platform team at Quillmark and has interviewed more than 300 engineers. She is based in Leeds.';
const ebRelated = [
  'Our career ladder for engineers, published in full',
  'What we learned from our first remote onboarding',
  'Why we pay the same salary bands in every city',
];
const ebNews = ['Get the engineering newsletter', 'One email a month with our latest posts. No marketing, we promise.', 'Work email', 'Subscribe'];
const ebFoot = ['Features', 'Integrations', 'Security', 'Changelog', 'About', 'Careers', 'Press', 'Contact', 'Terms', 'Privacy', 'Cookie settings'];
const ebCookie = 'We use cookies to understand how you use our site and to improve it. You can change your preferences at any time.';
const ebHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>How we rebuilt our engineering interview loop, and what changed | Quillmark Blog</title><meta name="description" content="${ebDek}">
<meta property="og:title" content="${ebTitle}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2025-11-03T09:00:00Z">
<meta property="article:author" content="Priya Raman"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.quillmark.example/blog/engineering-interview-loop"><link rel="stylesheet" href="/_next/static/css/8b1c0e7f2a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${ebTitle}","datePublished":"2025-11-03T09:00:00Z",
"author":[{"@type":"Person","name":"Priya Raman","jobTitle":"Engineering Manager, Platform"}],"publisher":{"@type":"Organization","name":"Quillmark"}}</script>
<script async src="https://www.googletagmanager.example/gtm.js?id=GTM-K7Q2P4"></script></head>
<body><div id="__next"><div class="AnnouncementBar_root__x1Pq2" role="region" aria-label="Announcement"><p>Quillmark Forms is now in public beta.
<a href="/forms">Try it free</a></p></div>
<header class="Header_root__3hF0a"><a href="/" class="Header_logo__Q9b1s" aria-label="Quillmark home"><svg viewBox="0 0 120 28"></svg></a>
<nav aria-label="Main"><ul class="Header_nav__Zp2mX">${links(ebNav, 'Header_navItem__u7D3k')}</ul></nav><div class="Header_ctas__m2Lw0">
<a href="https://app.quillmark.example/login">Log in</a><a class="Button_primary__kV8x1" href="https://app.quillmark.example/signup">Start free trial</a>
</div></header>
<main id="main"><article class="Post_root__2G5sh"><header class="Post_header__7aYcD"><nav aria-label="Breadcrumb" class="Breadcrumb_root__0Pz8e">
<ol><li><a href="/blog">Blog</a></li><li><a href="/blog/category/engineering">Engineering</a></li></ol></nav>
<h1 class="Post_title__S1kbn">${ebTitle}</h1><p class="Post_dek__wQ4mM">${ebDek}</p>
<div class="Post_meta__9Rk4v"><img class="Avatar_img__7cBqz" src="/images/authors/priya-raman.jpg" alt="Priya Raman" width="40" height="40">
<div><a class="Post_author__Lb0e2" href="/blog/authors/priya-raman">Priya Raman</a><span class="Post_role__qE5r1">Engineering Manager, Platform</span></div>
<div class="Post_date__cN3tx"><time dateTime="2025-11-03">November 3, 2025</time><span aria-hidden="true"> · </span><span>7 min read</span></div></div>
</header><figure class="Post_hero__VnB1d"><img src="/images/blog/interview-loop-hero.jpg" alt="Four engineers around a whiteboard" width="1600" height="900">
<figcaption>${ebCaption} <span class="Post_credit__jJ8cp">${ebCredit}</span></figcaption></figure>
<div class="Prose_root__Gd7Xn">
${ebP1.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="what-was-wrong">${ebH1}</h2>
${ebP2.map((p) => `<p>${p}</p>`).join('\n')}
<aside class="Callout_hiring__f4R0c"><p class="Callout_title__n2Hbd">${ebHiring[0]}</p><p>${ebHiring[1]}</p>
<a class="Button_secondary__a1Ee3" href="/careers#engineering">${ebHiring[2]}</a></aside>
<h2 id="the-new-loop">${ebH2}</h2>
${ebP3.map((p) => `<p>${p}</p>`).join('\n')}
<ol>${ebList.map((t) => `<li>${t}</li>`).join('\n')}</ol>
${ebP4.map((p) => `<p>${p}</p>`).join('\n')}
<h2 id="numbers">${ebH3}</h2>
${ebP5.map((p) => `<p>${p}</p>`).join('\n')}
<blockquote><p>${ebQuote}</p></blockquote>
<h2 id="still-figuring-out">${ebH4}</h2>
${ebP6.map((p) => `<p>${p}</p>`).join('\n')}
</div><footer class="Post_footer__8pQxW"><div class="Share_root__k2Tn4"><span>Share this post</span><a href="https://twitter.com/intent/tweet?url=x"
aria-label="Share on X">X</a><a href="https://www.linkedin.com/sharing/share-offsite/?url=x">LinkedIn</a><button type="button">Copy link</button></div>
<ul class="Tags_root__p8RrV">${ebTags.map((t) => `<li><a href="/blog/tag/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ul>
<div class="AuthorCard_root__o1Vd6"><img src="/images/authors/priya-raman.jpg" alt="" width="64" height="64"><div>
<p class="AuthorCard_label__W3y8c">Written by</p>
<p class="AuthorCard_name__zB2s0">Priya Raman</p><p class="AuthorCard_bio__U5n6J">${ebBio}</p></div></div></footer></article>
<section class="Related_root__h4Qe9" aria-labelledby="related-title"><h2 id="related-title">Related posts</h2><div class="Related_grid__c2Lk7">
${ebRelated
  .map(
    (t) => `<a class="Card_root__R0w9F" href="/blog/${t.length}"><span class="Card_tag__Sx7oT">Engineering</span><h3>${t}</h3>
</a>`,
  )
  .join('\n')}</div></section>
<section class="Newsletter_root__Ua8Kz"><h2>${ebNews[0]}</h2><p>${ebNews[1]}</p><form><label for="nl-email">${ebNews[2]}</label>
<input id="nl-email" type="email" placeholder="you@company.com"><button type="submit">${ebNews[3]}</button></form></section></main>
<footer class="Footer_root__V9k2d"><ul class="Footer_links__0oP1s">${links(ebFoot, 'Footer_link__pM4Tq')}</ul>
<p class="Footer_legal__E1c8m">© 2025 Quillmark Ltd. Registered in England and Wales, no. 11452093.</p></footer></div>
<div class="CookieBanner_root__T6a1n" role="dialog" aria-live="polite" aria-label="Cookie consent"><p>${ebCookie}</p>
<button type="button">Accept</button><button type="button">Reject non-essential</button></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"engineering-interview-loop"}},"page":"/blog/[slug]","buildId":"q1m2"}</script>
</body></html>`;
const engBlog: TestPage = {
  html: ebHtml,
  name: 'heldout208-company-engineering-careers-blog',
  kind: 'blog',
  // the dek and the quoted candidate (a blockquote in the story) are body; the "We're hiring" callout inside the prose, the
  // caption and credit, breadcrumb, role line, share bar, tags, author card, related posts, newsletter, footer and cookie
  // banner are furniture; the author name, date and reading time are bylines ("Engineering" is the breadcrumb and card tag)
  title: ebTitle,
  headings: [ebH1, ebH2, ebH3, ebH4],
  body: texts([ebDek, ...ebP1, ...ebP2, ...ebP3, ...ebList, ...ebP4, ...ebP5, ebQuote, ...ebP6]),
  bylines: ['Priya Raman', 'November 3, 2025', '7 min read', 'Written by'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Quillmark Forms is now in public beta.', 'Try it free', ...ebNav, 'Log in', 'Start free trial', 'Engineering', 'Engineering Manager, Platform',
    ebCaption, ebCredit, ...ebHiring, 'Share this post', 'X', 'LinkedIn', 'Copy link', ...ebTags, ebBio, 'Related posts', ...ebRelated, ...ebNews,
    ...ebFoot, '© 2025 Quillmark Ltd. Registered in England and Wales, no. 11452093.', ebCookie, 'Accept', 'Reject non-essential',
  ],
};

export const HELDOUT208_C: readonly TestPage[] = [engBlog, wttjStory];
