import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout430-kit.js';

/**
 * Held-out batch 430, file c2: a business school's alumni profile interview (Q&A) on a Next.js site with CSS-module class
 * names (sticky header, hero with kicker, name, class and date, a "Quick facts" card, questions as h2 with answers, a
 * newsletter card, "More alumni stories" cards, footer, a cookie bar and the __NEXT_DATA__ script).
 */
const nTitle = 'Running a Cannery, One Quarterly Review at a Time: A Conversation with Naomi Feldt-Ayala';
const nIntro = [
  j(
    'Naomi Feldt-Ayala (MBA ’14) is the chief executive of Bracken Point Seafoods, a family-owned cannery on the northern',
    'coast that employs 420 people in peak season. We spoke with her about succession, supply chains and what she still',
    'uses from her second-year operations class.',
  ),
];
const nQA: [string, string[]][] = [
  [
    'You grew up in the business. Why did you leave it for business school?',
    [
      j(
        'I had worked on the line every summer since I was fourteen, and I knew the plant better than I knew the balance sheet.',
        'My father was ready to step back, and I realized I could not make the decisions he made by instinct. I needed a',
        'vocabulary for them.',
      ),
    ],
  ],
  [
    'What did you bring back from Halloway?',
    [
      j(
        'Two things, mostly. The first was a habit of writing down assumptions before a big decision, then checking them six',
        'months later. The second was the operations course with Professor Ruth Amadi. We spent a week on a case about a',
        'tuna processor, and I still have my notes from it.',
      ),
      'We now run a quarterly review of every line in the plant, built on the same three questions:',
    ],
  ],
  [
    'Succession in family firms is famously hard. How did it go?',
    [
      j(
        'Slowly, on purpose. We agreed on a five-year plan with an outside board member as referee. My father kept the title',
        'of chair for three of those years, and we had one rule: disagreements happen in the office, never on the plant floor.',
      ),
      j(
        'The hardest part was not him. It was the long-serving supervisors, who had known me as the boss&#39;s kid. I spent my',
        'first year mostly listening, and it paid off.',
      ),
    ],
  ],
  [
    'What advice would you give current students?',
    [
      j(
        'Take the class that scares you. For me it was negotiations. And keep in touch with your study group: two of mine are',
        'now on our advisory board, and one of them talked me out of a very bad acquisition.',
      ),
    ],
  ],
];
const nList = ['What is this line costing us per case today?', 'What would break first if demand doubled?', 'Who on the floor has an idea we have not tried?'];
const nFacts = ['Hometown: Bracken Point', 'Program: Full-Time MBA, Class of 2014', 'Favorite campus spot: the third floor of the library'];
const nNav = ['Programs', 'Faculty & Research', 'Alumni', 'Recruiters', 'News', 'Apply'];
const nMore = ['From Analyst to Founder: Theo Mbatha (MBA ’17)', 'Five Alumni Reshaping Rural Health Care', 'Why I Came Back to Teach'];
const nFoot = ['Contact Us', 'Careers', 'Accessibility', 'Privacy', 'Halloway University'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${nTitle} | Halloway School of Business</title>
<meta name="description" content="Naomi Feldt-Ayala (MBA ’14) on succession, supply chains and quarterly reviews.">
<meta property="og:type" content="article"><meta property="og:title" content="${nTitle}">
<meta name="next-head-count" content="6"><link rel="preload" href="/_next/static/css/4e1f0a9c2b.css" as="style">
<link rel="stylesheet" href="/_next/static/css/4e1f0a9c2b.css" data-n-g="">
<script src="/_next/static/chunks/webpack-8c1a2f.js" defer=""></script><script src="/_next/static/chunks/main-5b7e90.js" defer=""></script>
<script src="/_next/static/chunks/pages/alumni/stories/%5Bslug%5D-1d4f0e.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_wrapper__Tq2mS">
<header class="Header_header__nB1xO"><a class="Header_logo__Zr8pD" href="/">Halloway School of Business</a>
<nav class="Header_nav__kA0Lw" aria-label="Main"><ul class="Header_list__y7Uq2">${links(nNav, 'Header_item__f3Yv1')}</ul></nav>
<button class="Header_search__m1WqE" aria-label="Search"><svg width="20" height="20"></svg></button></header>
<main class="Layout_main__hG5cE"><article class="Story_story__pL0x9">
<div class="StoryHero_hero__2bQkX"><p class="StoryHero_kicker__Ya3cN">Alumni Q&amp;A</p><h1 class="StoryHero_title__Wd8e1">${nTitle}</h1>
<div class="StoryHero_meta__Km2sV"><span class="StoryHero_author__q9LzA">Interview by Colm Haverty</span>
<time class="StoryHero_date__u1RnB" dateTime="2026-01-22">January 22, 2026</time></div>
<figure class="StoryHero_figure__Ab4eS"><img alt="Naomi Feldt-Ayala on the cannery floor" src="/_next/image?url=%2Fimg%2Ffeldt.jpg&amp;w=1920&amp;q=75"
decoding="async" data-nimg="1" style="color:transparent"><figcaption class="StoryHero_credit__Ej7aN">Photo courtesy of Bracken Point Seafoods
</figcaption></figure></div>
<div class="Story_layout__Lm5tC"><aside class="FactsCard_card__c7Hn2"><h2 class="FactsCard_title__s0Jq4">Quick facts</h2><ul>
${nFacts.map((f) => `<li class="FactsCard_item__e1Bz9">${f}</li>`).join('\n')}</ul></aside>
<div class="RichText_richText__Pz3gE">${ps(nIntro)}
${nQA
  .map(
    ([q, a], i) => `<h2 class="RichText_question__Xo1vD">${q}</h2>
${ps(a)}${i === 1 ? `\n<ol>${nList.map((l) => `<li>${l}</li>`).join('')}</ol>` : ''}`,
  )
  .join('\n')}
<p class="RichText_note__Yv2Qa"><em>This interview has been edited and condensed.</em></p></div></div>
<div class="ShareBar_bar__Rt0aK"><span>Share</span><a href="#" aria-label="Share on LinkedIn">LinkedIn</a><a href="#" aria-label="Copy link">Copy link</a></div>
</article>
<section class="NewsletterCard_card__Iu8Wd"><h2>Stay connected</h2><p>Get Halloway Alumni News every month.</p>
<form><input type="email" placeholder="Your email"><button type="submit">Subscribe</button></form></section>
<section class="MoreStories_section__Fe0lK"><h2 class="MoreStories_title__Qa1cT">More alumni stories</h2><div class="MoreStories_grid__xD9oP">
${nMore.map((m) => `<a class="StoryCard_card__Hb3wR" href="#"><h3 class="StoryCard_title__mA5qS">${m}</h3></a>`).join('\n')}</div></section></main>
<footer class="Footer_footer__Ow2hT"><ul>${links(nFoot)}</ul><p class="Footer_legal__P7wZd">© 2026 Halloway University. All rights reserved.</p></footer>
<div class="CookieBar_bar__kT6aL" role="dialog"><p>We use cookies for analytics. You can change your choice at any time.</p>
<button>Accept</button><button>Decline</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"slug":"naomi-feldt-ayala","title":"${nTitle}",
"author":"Colm Haverty","published":"2026-01-22"}},"__N_SSG":true},"page":"/alumni/stories/[slug]","query":{"slug":"naomi-feldt-ayala"},
"buildId":"q8Hn2v","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
export const nextProfile: TestPage = {
  name: 'heldout430-nextjs-business-school-alumni-qa',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nQA.map(([q]) => q),
  body: texts([...nIntro, ...nQA.flatMap(([, a], i) => (i === 1 ? [...a, ...nList] : a))]),
  bylines: ['Interview by Colm Haverty', 'January 22, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Halloway School of Business', ...nNav, 'Alumni Q&A', 'Photo courtesy of Bracken Point Seafoods', 'Quick facts', ...nFacts,
    'This interview has been edited and condensed.', 'Share', 'LinkedIn', 'Copy link', 'Stay connected', 'Get Halloway Alumni News every month.',
    'Subscribe', 'More alumni stories', ...nMore, ...nFoot, '© 2026 Halloway University. All rights reserved.',
    'We use cookies for analytics. You can change your choice at any time.', 'Accept', 'Decline',
  ],
};
