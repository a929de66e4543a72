import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout290-kit.js';

/**
 * Held-out batch 290, file d: a BuzzFeed quiz rendered by Next.js (the intro is the article, the questions are body, the
 * answer tiles are in neither list; the result card, "Retake quiz" button, reactions bar, "More Quizzes" feed and the
 * BuzzFeed footer are furniture); and an In Focus photo essay on The Atlantic (intro text as the article, numbered photos
 * whose long captions and credits are furniture, the share kit, "More In Focus" rail and the newsletter promo).
 */
const bfTitle = 'Plan A Rainy Weekend In A Seaside Town And We’ll Tell You Which Lighthouse You Are';
const bfIntro = [
  j(
    'Some people see a wet forecast on the coast and cancel the trip. Others pack a second jumper and head straight for the harbour.',
    'Whichever kind of traveller you are, a rainy weekend by the sea says a lot about how you deal with the unexpected.',
  ),
  j(
    'We put together eight questions about the choices that make or break a soggy getaway, from where you sleep to what you eat when the',
    'chip shop closes early. Answer honestly, because the lighthouses can tell.',
  ),
  j(
    'There are five possible results, each based on a real type of lighthouse, from the sturdy stone tower that has survived two',
    'centuries of storms to the tiny automated light on the end of a pier that nobody notices until they need it.',
  ),
  'Ready? Grab a hot drink and scroll down to start.',
];
const bfQs = [
  'First things first: where are you staying?',
  'It starts pouring the moment you arrive. What do you do?',
  'Pick a rainy-day lunch.',
  'The only open attraction is a local museum about knots. Do you go?',
  'Choose a soundtrack for the drive home.',
];
const bfAnswers = ['A B&amp;B with a nosy landlady', 'A tent, obviously', 'Crab sandwich', 'Absolutely', 'Sea shanties'];
const bfHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><title>Which Lighthouse Are You? Rainy Seaside Weekend Quiz</title>
<meta name="description" content="${bfIntro[3]}"/><meta property="og:site_name" content="BuzzFeed"/><meta name="robots" content="max-image-preview:large"/>
${ld('Article', bfTitle, 'Juniper Okwu', '2026-06-09T17:01:02.000Z', 'BuzzFeed')}
<link rel="preload" href="/static-assets/_next/static/css/5e2a.css" as="style"/></head>
<body><div id="__next"><div class="ccpa-banner_container__x1f2"><p>We and our partners use cookies to improve your experience.</p>
<button class="button_primary__Ab3">Accept</button><button class="button_secondary__Zk9">Manage Choices</button></div>
<header class="navigation_header__3kD2"><a class="navigation_logo__bQ1" href="/">BuzzFeed</a><nav class="navigation_topics__n6P"><ul>${links(
  ['Quizzes', 'TV & Movies', 'Shopping', 'Food', 'Celebrity', 'Trending'],
  'navigation_item__Q1',
)}</ul></nav><a class="navigation_signIn__2Xc">Sign In</a></header>
<main class="buzz_main__7pQ"><article class="buzz_article__kQ3"><div class="headline_container__a1">
<a class="metadata_category__gH2" href="/quizzes">Quizzes</a><h1 class="headline_title__Jc8">${bfTitle}</h1>
<p class="headline_description__V0h">Be honest: are you the harbour wall or the pier light?</p>
<div class="byline_byline__r4Y"><a class="byline_name__9" href="/juniperokwu">by Juniper Okwu</a><span class="byline_title__3">BuzzFeed Staff</span></div>
<div class="timestamp_timestamp__2"><time dateTime="2026-06-09T17:01:02.000Z">Posted on June 9, 2026, 5:01 pm</time></div></div>
<div class="shareBar_shareBar__1"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on Pinterest">Pinterest</button>
<button aria-label="Copy link">Copy</button></div>
<div class="subbuzz_subbuzz__text__q2">${ps(bfIntro)}</div>
<div class="quiz_quiz__P0"><ol class="quiz_questions__Ya">
${bfQs
  .map(
    (q, i) => `<li class="question_question__Xh"><div class="question_header__k1"><span class="question_number__0">${i + 1}.</span>
<h2 class="question_title__Bb">${q}</h2></div><ul class="answers_grid__mQ"><li class="answer_answer__7c"><button>${bfAnswers[i]}</button></li>
<li class="answer_answer__7c"><button>Something else entirely</button></li></ul><p class="imageCredit_credit__4">Getty Images</p></li>`,
  )
  .join('\n')}
</ol><div class="result_result__lZ" hidden><p class="result_label__3">You got:</p><h3 class="result_title__Vv">The Stone Tower</h3>
<p>Steady, reliable and weatherproof. Your friends call you when the wind picks up.</p><button class="result_retake__F">Retake quiz</button></div></div>
<div class="reactions_reactions__W2"><p>How do you feel about this post?</p><button>LOL</button><button>cute</button><button>wtf</button></div>
<section class="feed_feed__R8"><h2 class="feed_title__c">More Quizzes</h2><ul>${links([
  'Order A Pub Dinner And We’ll Guess Your Star Sign',
  'Only True Beach People Can Score 10/10 On This Quiz',
])}</ul></section></article></main>
<footer class="footer_footer__Hk"><ul>${links(['About', 'Press', 'RSS', 'Shop', 'Privacy', 'User Terms', 'Ad Choices', 'Help'])}</ul>
<p>A BuzzFeed, Inc. Company. © 2026 BuzzFeed, Inc</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"buzz":{"id":"7003","format":"quiz"}}},"page":"/[slug]"}</script>
</body></html>`;
const bf: TestPage = {
  name: 'heldout290-buzzfeed-quiz-blog',
  kind: 'blog',
  html: bfHtml,
  title: bfTitle,
  headings: bfQs,
  body: texts(bfIntro),
  bylines: ['by Juniper Okwu', 'BuzzFeed Staff', 'Posted on June 9, 2026, 5:01 pm'],
  // biome-ignore format: packed furniture
  furniture: [
    'We and our partners use cookies to improve your experience.', 'Accept', 'Manage Choices', 'Quizzes', 'TV & Movies', 'Shopping', 'Food',
    'Celebrity', 'Trending', 'Sign In', 'Be honest: are you the harbour wall or the pier light?', 'Facebook', 'Pinterest', 'Copy', 'Getty Images',
    'You got:', 'The Stone Tower', 'Steady, reliable and weatherproof. Your friends call you when the wind picks up.', 'Retake quiz',
    'How do you feel about this post?', 'LOL', 'cute', 'wtf', 'More Quizzes', 'Order A Pub Dinner And We’ll Guess Your Star Sign',
    'Only True Beach People Can Score 10/10 On This Quiz', 'About', 'Press', 'RSS', 'Shop', 'Privacy', 'User Terms', 'Ad Choices', 'Help',
    'A BuzzFeed, Inc. Company. © 2026 BuzzFeed, Inc',
  ],
};

const atTitle = 'Photos: The Last Salt Harvest on the Velmar Flats';
const atBody = [
  j(
    'For more than four hundred years, families on the Velmar Flats have raked salt from shallow clay pans fed by the autumn tides. The',
    'work follows the weather: seawater is let into the outer ponds in late spring, moved inward as it thickens, and finally left to',
    'crystallise in the smallest pans under the August sun.',
  ),
  j(
    'This year, for the first time, only one family is still harvesting. The regional salt cooperative closed in March after a storm',
    'surge breached the old earth embankment and flooded two-thirds of the pans with fresh rainwater and silt. Repairing the wall would',
    'cost more than the cooperative has earned in a decade.',
  ),
  j(
    'Ansel Moreau, who is 71, and his daughter Clémence spent the summer working the eleven pans that survived. They harvest by hand with',
    'wooden rakes, as Ansel’s grandfather did, and pile the grey salt into cones to drain before it is carried to a shed on wheelbarrows.',
    'A good day yields about 300 kilograms.',
  ),
  j(
    'Most of what they rake is sold at the gate or to two restaurants on the mainland. The finest crystals, skimmed from the surface on',
    'still evenings, fetch ten times the price of the coarse grey salt, and Clémence has started posting them to customers abroad.',
  ),
  j(
    'The photographer Ruth Adebayo-Lind spent six weeks with the Moreaus, photographing the harvest from the first flooding of the pans',
    'to the last cone of salt. Her pictures also show the birds that depend on the pans, the visitors who come to buy salt at the gate,',
    'and the slow return of the flooded ponds to marsh.',
  ),
  j(
    'Clémence says she will keep the pans going for as long as her father can work beside her, and perhaps longer. “The salt does not',
    'know the cooperative is gone,” she said. “The sea keeps coming in. Somebody should be here to meet it.”',
  ),
];
const atCaps = [
  j(
    'Ansel Moreau pulls a wooden rake through a crystallising pan at dawn on August 12, 2026. The thin crust that forms on the surface,',
    'called the flower of salt, is skimmed first and sold separately.',
  ),
  j(
    'Clémence Moreau carries a wheelbarrow of drained salt along the embankment toward the family shed. The breach in the outer wall,',
    'left unrepaired since March, can be seen in the distance.',
  ),
  'Avocets feed in one of the flooded outer ponds, which have begun to turn back into salt marsh since the storm surge.',
];
const atHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${atTitle} - The Atlantic</title>
<meta name="description" content="Only one family still harvests salt by hand on the Velmar Flats."><meta property="og:site_name" content="The Atlantic">
${ld('NewsArticle', atTitle, 'Ruth Adebayo-Lind', '2026-09-03T12:00:00Z', 'The Atlantic')}
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"channel":"photo","type":"in-focus"}}}}</script></head>
<body><div id="__next"><div class="GdprBanner_root__kL1"><p>We use cookies and similar technologies to improve your experience.</p><button>Accept</button>
<button>Manage Settings</button></div>
<header class="Header_root__a9"><a class="Header_logo__Z2" href="/">The Atlantic</a><nav><ul>${links(
  ['Popular', 'Latest', 'Newsletters', 'Sections', 'Audio', 'Photo', 'Magazine'],
  'Header_navItem__3',
)}</ul></nav><a class="Header_subscribe__Mz">Subscribe</a><a>Sign In</a></header>
<main id="main-content" class="InFocusLayout_main__8"><header class="ArticleHero_root__u3"><p class="ArticleHero_rubric__2">
<a href="/photo/">Photo</a></p><h1 class="ArticleTitle_root__VrZaG">${atTitle}</h1>
<p class="ArticleDek_root__2">A storm ended four centuries of cooperative salt-making. One family is still raking.</p>
<div class="ArticleBylines_root__3"><address>By <a class="ArticleBylines_link__kNP" href="/author/ruth-adebayo-lind/">Ruth Adebayo-Lind</a></address>
<time class="ArticleTimestamp_root__b3" datetime="2026-09-03T12:00:00Z">September 3, 2026</time></div>
<div class="ArticleShare_root__p"><button>Share</button><button>Save</button><span>21 Photos</span></div></header>
<section class="ArticleBody_root__2gF81 InFocusArticle_intro__r">${ps(atBody, ' class="ArticleParagraph_root__4mszW"')}</section>
<ul class="InFocusPhotoList_root__j">
${atCaps
  .map(
    (c, i) => `<li class="Photo_root__Xa" id="img${i + 1}"><figure><img src="https://cdn.theatlantic.example/thumbor/salt-${i + 1}.jpg" alt="">
<figcaption class="Photo_caption__kL"><span class="Photo_number__q">${i + 1}.</span> ${c} <span class="Photo_credit__r">Ruth Adebayo-Lind
for The Atlantic</span></figcaption></figure><a class="Photo_permalink__3" href="#img${i + 1}">Link</a></li>`,
  )
  .join('\n')}
</ul><div class="NewsletterPromo_root__1"><h3>Sign up for In Focus</h3><p>Get our photo essays delivered to your inbox every week.</p><button>Sign Up</button>
</div><section class="MoreInFocus_root__z"><h2>More In Focus</h2>
<ul>${links(['Photos of the Week: Kite Festival, Hay Bales, Fog Bow', 'A Summer on the Ice Road'])}
</ul></section></main>
<footer class="Footer_root__w"><ul>${links(['About', 'Contact', 'Podcasts', 'Subscription', 'Privacy Policy', 'Terms Conditions', 'Your Privacy Choices'])}</ul>
<p>TheAtlantic.com Copyright (c) 2026 by The Atlantic Monthly Group. All Rights Reserved.</p></footer></div></body></html>`;
const at: TestPage = {
  name: 'heldout290-the-atlantic-photo-essay-news',
  kind: 'news',
  html: atHtml,
  title: atTitle,
  headings: [],
  body: texts(atBody),
  bylines: ['By Ruth Adebayo-Lind', 'September 3, 2026'],
  // biome-ignore format: packed furniture
  furniture: [
    'We use cookies and similar technologies to improve your experience.', 'Accept', 'Manage Settings', 'Popular', 'Latest', 'Newsletters', 'Sections',
    'Audio', 'Photo', 'Magazine', 'Subscribe', 'Sign In', 'A storm ended four centuries of cooperative salt-making. One family is still raking.', 'Share',
    'Save', '21 Photos', ...texts(atCaps), 'Ruth Adebayo-Lind for The Atlantic', 'Link', 'Sign up for In Focus',
    'Get our photo essays delivered to your inbox every week.', 'Sign Up', 'More In Focus', 'Photos of the Week: Kite Festival, Hay Bales, Fog Bow',
    'A Summer on the Ice Road', 'About', 'Contact', 'Podcasts', 'Subscription', 'Privacy Policy', 'Terms Conditions', 'Your Privacy Choices',
    'TheAtlantic.com Copyright (c) 2026 by The Atlantic Monthly Group. All Rights Reserved.',
  ],
};

export const HELDOUT290_D: readonly TestPage[] = [bf, at];
