import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout325-kit.js';
import { personality } from './pages-heldout325-c2.js';

/**
 * Held-out batch 325, file c: a BuzzFeed-style personality quiz rendered by Next.js (hashed CSS-module class names, the
 * __NEXT_DATA__ script, the byline with avatar and "BuzzFeed Staff"-style role, timestamp, share bar, quiz questions with
 * image-tile answers, the hidden result card, "More quizzes" feed, reactions, newsletter and footer) and, from file c2, a
 * personality-test result page rendered by Nuxt.
 */
const qTitle = 'Build A Breakfast Sandwich And We’ll Tell You Which Kitchen Appliance You Are';
const qDek = 'Is it wrong to put a hash brown in there? Absolutely not.';
const qIntro = [
  j(
    'Everyone has a kitchen appliance soul. Some of us are steady, reliable slow cookers; some of us are the blender at',
    '7 a.m., loud and full of purpose. Make a breakfast sandwich from the options below and we will match you with the',
    'appliance that gets you.',
  ),
];
const qs: [string, string[]][] = [
  ['First things first: pick your bread.', ['Toasted English muffin', 'Flaky croissant', 'Everything bagel', 'Two waffles, no questions']],
  ['How do you want your eggs?', ['Fried, runny yolk', 'Scrambled soft and slow', 'A folded omelet', 'No eggs, I live dangerously']],
  ['Choose a cheese.', ['Sharp cheddar', 'American, melted flat', 'Pepper jack', 'Goat cheese crumbles']],
  ['Add some protein.', ['Crispy bacon', 'Sausage patty', 'Smoked salmon', 'Fried halloumi']],
  ['Something extra?', ['Sliced avocado', 'Hash brown, inside the sandwich', 'Pickled jalapeños', 'A handful of spinach']],
  ['What are you drinking with it?', ['Black coffee', 'Fresh orange juice', 'An iced oat latte', 'Whatever is left in the fridge']],
  ['Finally, pick a sauce.', ['Hot honey', 'Ketchup, obviously', 'Chipotle mayo', 'Maple syrup drizzle']],
];
const qNav = ['Quizzes', 'Tasty', 'Shopping', 'Videos', 'Trending', 'Newsletters'];
const qShare = ['Share on Facebook', 'Share on Pinterest', 'Copy link'];
const qMore = [
  'Plan A Rainy Day And We’ll Guess Your Age',
  'Order A Pizza And We’ll Reveal Your Hidden Talent',
  'Which Houseplant Matches Your Chaotic Energy?',
];
const qFoot = ['About', 'Press', 'RSS', 'Privacy', 'User Terms', 'Ad Choices', 'Help', 'Contact'];
const question = (n: number, q: string, answers: string[]): string => `<div class="subbuzz subbuzz-quiz__question" data-index="${n}">
<section class="question_questionWrapper__k2Xd1" aria-labelledby="question-${n}"><header class="question_header__Qa9pT"><span class="question_count__m3LbT"
aria-hidden="true">${n} of 7</span><p id="question-${n}" class="question_title__7ZpFf">${q}</p></header>
<ul class="answers_answerGrid__Xc8nB answers_grid2__Fc0Ol" role="list">${answers
  .map(
    (a, i) => `<li class="answers_answer__Pq4Rs"><button class="answers_button__r7HnV" aria-pressed="false" data-answer="${i}"><img
src="https://img.buzzfeed.example/static/2026-03/quiz-${n}-${i}.jpg" alt="" class="answers_image__Z1yQw"><span
class="answers_text__ab3Ty">${a}</span></button></li>`,
  )
  .join('\n')}</ul><p class="question_credit__V2Xb1">Getty Images</p></section></div>`;
const qHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${qTitle}</title><meta name="description" content="Everyone has a kitchen appliance soul.">
<meta property="og:site_name" content="BuzzFizz"><meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="preload" href="/_next/static/css/5e1d2a09c3b0.css" as="style"><link rel="stylesheet" href="/_next/static/css/5e1d2a09c3b0.css" data-n-g="">
${ld({
  '@context': 'https://schema.org',
  '@type': 'Article',
  headline: qTitle,
  author: [{ '@type': 'Person', name: 'Rosie Tenant' }],
  datePublished: '2026-03-04T10:01:00Z',
})}
<script src="/_next/static/chunks/webpack-7c0a1f.js" defer=""></script><script src="/_next/static/chunks/pages/%5Bbuzz%5D-2b8e.js" defer=""></script></head>
<body><div id="__next"><div class="page_container__a1B2c">
<div class="consent-banner_banner__Yy71A" role="dialog"><p class="consent-banner_text__1PqZx">BuzzFizz and our partners use cookies to improve your
experience and show you relevant ads.</p><button class="consent-banner_accept__L0a9s">Agree</button><button class="consent-banner_more__e7Tn2">Manage
Options</button></div>
<header class="header_header__6LnhH"><a href="/" class="header_logo__Lkq0P" aria-label="BuzzFizz homepage">BuzzFizz</a>
<nav class="header_nav__Vb2zx"><ul class="header_navList__2aRkF">${links(qNav, 'header_navItem__9JcvX')}</ul></nav>
<a class="header_login__pL3yS" href="/login">Sign In</a></header>
<main id="buzz-content" class="buzz_main__HkGq9"><article class="buzz_article__9cF2a">
<div class="headline_container__Uj1Ap"><a class="headline_badge__4mZs3" href="/quizzes">Quiz</a>
<h1 class="headline_title__8ScpN">${qTitle}</h1>
<p class="headline_description__sD1wQ">${qDek}</p>
<div class="byline_bylineContainer__M7kfa"><a class="headline-byline_link__Xo3Rt" href="/rosietenant"><img class="byline_avatar__rS2pE" alt=""
src="https://img.buzzfeed.example/user_images/rosietenant.jpg"><span class="byline_bylineName__Qmf8p">Rosie Tenant</span></a>
<span class="byline_bylineTitle__m2XtU">BuzzFizz Staff</span></div>
<div class="timestamp_timestamp__lQ8Sy"><time datetime="2026-03-04T10:01:00.000Z">Posted on March 4, 2026, 10:01 am</time></div></div>
<div class="share-bar_shareBar__YoQ2n"><ul>${links(qShare, 'share-bar_item__n2Qca')}</ul></div>
<div class="subbuzzes-wrapper"><div class="subbuzz subbuzz-text">${ps(qIntro)}</div>
${qs.map(([q, a], i) => question(i + 1, q, a)).join('\n')}
<div class="subbuzz subbuzz-quiz__result result_resultCard__Jb2Xq" hidden=""><p class="result_label__y7Vtq">You got:</p><p
class="result_title__P1nRs">Result loading…</p><button class="result_retake__x8Lds">Retake quiz</button></div></div>
<div class="reactions_container__A7cRt"><p class="reactions_title__NrT4k">What do you think?</p><ul>${['LOL', 'OMG', 'WIN', 'CUTE']
  .map((r) => `<li><button class="reactions_button__Fr3mQ">${r}</button></li>`)
  .join('')}</ul></div>
</article>
<section class="feed_feed__QwE5r"><h2 class="feed_title__iA1bP">More quizzes for you</h2><ul>${links(qMore, 'feed_item__3pNcR')}</ul></section>
<div class="newsletter_signup__bD2Xl"><p class="newsletter_heading__Yq7Tr">Get all the best quizzes in your inbox!</p>
<form><input type="email" placeholder="Your email"><button type="submit">Sign up</button></form></div>
<div class="ad_ad__W3q9x ad_adAwareness__p2Lm1"><span class="ad_label__Ek8Rs">Advertisement</span><div id="div-gpt-ad-story-bigstory"></div></div>
</main>
<footer class="footer_footer__k9Nse"><ul>${links(qFoot, 'footer_link__bz4Lq')}</ul><p class="footer_copy__u1Hn7">© 2026 BuzzFizz, Inc</p></footer>
</div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"buzz":{"id":"7710042","title":"Build A Breakfast Sandwich","format":"quiz",
"bylines":[{"display_name":"Rosie
Tenant"}]}}},"page":"/[buzz]","query":{"buzz":"breakfast-sandwich-appliance"},"buildId":"Xk2m9PqTzA","isFallback":false}</script>
</body></html>`;
const quiz: TestPage = {
  name: 'heldout325-buzzfeed-nextjs-quiz',
  kind: 'blog',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts([qDek, ...qIntro, ...qs.flatMap(([q, a]) => [q, ...a])]),
  bylines: ['Rosie Tenant', 'Posted on March 4, 2026, 10:01 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'BuzzFizz and our partners use cookies to improve your experience and show you relevant ads.', 'Agree', 'Manage Options', 'BuzzFizz', ...qNav,
    'Sign In', 'Quiz', 'BuzzFizz Staff', ...qShare, '1 of 7', '2 of 7', '3 of 7', '4 of 7',
    '5 of 7', '6 of 7', '7 of 7', 'Getty Images', 'You got:', 'Result loading…', 'Retake quiz', 'What do you think?', 'LOL', 'OMG', 'WIN', 'CUTE',
    'More quizzes for you', ...qMore, 'Get all the best quizzes in your inbox!', 'Sign up', 'Advertisement', ...qFoot, '© 2026 BuzzFizz, Inc',
  ],
};

export const HELDOUT325_C: readonly TestPage[] = [quiz, personality];
