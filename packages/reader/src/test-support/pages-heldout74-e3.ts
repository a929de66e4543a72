import { links } from './page-kit.js';
import { type Block, render } from './pages-heldout74-kit.js';

/**
 * Held-out batch 74, page e3: an Atlantic shape feature ("The Continental"): the Next.js site header with "Popular", "Latest",
 * "Newsletters", sections, "Subscribe" and "Sign In", the rubric, headline, dek, byline and time, "Share" and "Save", the lead
 * illustration credit, the AI-narration audio player, "Read:" related links and an ad slot inside the article body, section
 * breaks without headings, the print-edition note, "About the Author", "Explore More Topics", the subscription gate, and the
 * footer.
 */
export const rubric = 'Family';
export const title = 'The Last Generation That Knew How to Be Bored';
export const dek = 'My grandmother spent her afternoons doing nothing in particular. I have started to wonder whether she knew something we don’t.';
export const blocks: readonly Block[] = [
  [
    'p',
    'My grandmother had a chair by the kitchen window, and for most of my childhood, that is where I found her in the late afternoon. She ' +
      'was not reading. She was not listening to the radio. She was, as far as I could tell, doing nothing at all—watching the light move ' +
      'across the yard, the neighbor’s cat patrolling the fence, the occasional car slowing for the bend in the road.',
  ],
  [
    'p',
    'As a child, I found this baffling and faintly alarming. Once I asked her whether she was bored. She thought about it for a moment and ' +
      'said, “Not anymore.” I did not understand the answer then. I am not sure I fully understand it now, but I think about it more than ' +
      'I expected to.',
  ],
  [
    'p',
    'We tend to talk about boredom as a problem to be solved, and we have become extraordinarily good at solving it. The average adult now ' +
      'picks up a phone well over a hundred times a day, often within seconds of any pause: in the checkout line, at a red light, in the ' +
      'minute before a meeting begins. Boredom, for many of us, has been reduced to a flicker too brief to notice.',
  ],
  [
    'p',
    'Psychologists who study boredom describe it less as an absence of stimulation than as a signal—an uncomfortable feeling that tells us ' +
      'our attention is not engaged by what we are doing. Like hunger, it is unpleasant precisely because it is meant to move us to act. The ' +
      'question is what we do next.',
  ],
  [
    'p',
    'Helen Marsh, a researcher at the University of Calder who has spent 15 years studying how people respond to idle time, told me that ' +
      'the answer used to be more varied. “People daydreamed, they fidgeted, they talked to strangers, they made things up,” she said. “Now ' +
      'the default response is the same for almost everyone, and it arrives almost instantly.”',
  ],
  [
    'p',
    'In one of Marsh’s studies, participants were left alone in a plain room for 12 minutes with nothing to do. Afterward, they were asked ' +
      'to come up with unusual uses for everyday objects. Those who had sat through the empty minutes produced more and stranger ideas than ' +
      'a comparison group who had spent the time scrolling through news headlines.',
  ],
  [
    'p',
    'The result fits a long line of research suggesting that the wandering mind is not idle. When we stop attending to the world, the brain ' +
      'turns to memory, planning, and imagination—rehearsing conversations, revisiting old decisions, assembling the loose material of ' +
      'experience into something like a story about who we are.',
  ],
  [
    'p',
    'None of this means that our phones are making us stupid, or that anyone should romanticize the long, empty afternoons of the past. My ' +
      'grandmother’s life held plenty of boredom that was not restful at all: years of repetitive work in a textile mill, long winters with ' +
      'little money and less to do. Her chair by the window was, in a sense, something she had earned.',
  ],
  [
    'p',
    'But I have started to notice what I lose when every gap is filled. The ideas that used to arrive on long walks now seldom come. The ' +
      'small, slightly melancholy feeling of an evening with nothing planned has become something I flee before it can settle.',
  ],
  [
    'p',
    'A few months ago, I tried an experiment. For one hour each afternoon, I left my phone in a drawer and sat by a window. The first week ' +
      'was miserable. I checked the time constantly. I invented chores. By the third week, something shifted. The hour felt shorter. I began ' +
      'to notice the same things my grandmother must have noticed: the light, the cat, the cars slowing for the bend.',
  ],
  [
    'p',
    'I do not know whether this has made me more creative or more content. I suspect the honest answer is “a little.” But I think I ' +
      'finally understand what she meant. Boredom is not something you cure. It is something you pass through, and on the other side, ' +
      'occasionally, there is something worth finding.',
  ],
];
export const skip = 'Skip to content';
export const header = ['The Continental', 'Popular', 'Latest', 'Newsletters', 'Sections', 'Subscribe', 'Sign In', 'Search'];
export const sections = ['Politics', 'Ideas', 'Culture', 'Technology', 'Science', 'Health', 'Books', 'Family', 'Photos'];
export const tools = ['Share', 'Save'];
export const credit = 'Illustration by The Continental. Sources: Getty; Alamy.';
export const audio = ['Listen to this article', '00:00', '11:04', 'Listen to more stories on the Noa app.', 'Produced by ElevenLabs using AI narration.'];
export const reads = ['Read: Why we can’t stop checking our phones', 'Read: The case for doing absolutely nothing'];
export const ad = 'Advertisement';
export const print = 'This article appears in the December 2025 print edition with the headline “The Art of Doing Nothing.”';
export const about = ['About the Author', 'is a staff writer at The Continental, where she writes about family life and culture.'];
export const explore = ['Explore More Topics', 'Smartphones', 'Psychology', 'Attention'];
export const gate = [
  'Never miss a story. Start your free trial.',
  'Subscribe for unlimited access to The Continental’s journalism, plus the print magazine and the app.',
  'Subscribe Now',
  'Already have an account? Sign in',
];
export const footer = [
  'About',
  'Our History',
  'Careers',
  'Contact',
  'Help Center',
  'Purchase a Gift',
  'Privacy Policy',
  'Advertising Guidelines',
  'Terms Conditions',
  'Site Map',
];
export const copyright = 'TheContinental.com Copyright (c) 2025 by The Continental Monthly Group. All Rights Reserved.';
export const bylines = ['By', 'Abigail Fenn', 'November 12, 2025, 6 AM ET'];

const read = (i: number): string =>
  `<p class="ArticleRelatedContentLink_root__VYc9V"><em><a href="/family/archive/2024/0${i + 3}/story/6781${i}/">${reads[i]}</a></em></p>`;
const adSlot = `<div class="ArticleInjector_root__0bx3Q" data-event-module="injector"><div class="GoogleAdSlot_root__p9bnc">
<span class="GoogleAdSlot_label__Z4k1m">${ad}</span><div id="article-ad-1"></div></div></div>`;
const hr = '<hr class="ArticleSectionBreak_root__Qr1jM">';

export const html = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><title>${title} - The Continental</title><meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="description" content="${dek}"/><meta property="og:title" content="${title}"/><meta property="og:type" content="article"/>
<meta name="author" content="Abigail Fenn"/><link rel="canonical" href="https://www.thecontinental.com/family/archive/2025/11/boredom-grandmother/684455/"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","description":"${dek}",
"datePublished":"2025-11-12T11:00:00Z","author":[{"@type":"Person","name":"Abigail Fenn"}],"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".article-content-body"},
"publisher":{"@type":"Organization","name":"The Continental"}}</script>
<link rel="preload" href="/_next/static/media/font.woff2" as="font" crossorigin=""/><link rel="stylesheet" href="/_next/static/css/a81c2d.css"/></head>
<body><div id="__next"><a class="SkipLink_root__d3Kq1" href="#main-content">${skip}</a>
<header class="SiteHeader_root__Xk2mE"><div class="SiteHeader_inner__p1Vv8"><a class="SiteHeader_logo__Y8yqM" href="/" aria-label="${header[0]}">
<span class="SiteHeader_logoText__r1l2m">${header[0]}</span></a>
<nav class="SiteHeader_nav__q0ZkE" aria-label="Primary"><ul>${links(header.slice(1, 4), 'SiteHeader_navItem__B9jW1')}</ul>
<button class="SiteHeader_sections__Ujx7q" aria-expanded="false">${header[4]}</button>
<ul class="SectionsMenu_list__e4q7S" hidden>${links(sections, 'SectionsMenu_item__G3n8p')}</ul></nav>
<div class="SiteHeader_actions__Fh3x0"><a class="SiteHeader_subscribe__k7Qp2" href="/subscribe/">${header[5]}</a>
<a class="SiteHeader_signIn__u9sYa" href="/accounts/login/">${header[6]}</a><button class="SiteHeader_search__L0cUw">${header[7]}</button></div></div></header>
<main id="main-content"><article class="ArticleLayout_root__Zh1rw"><header class="ArticleHeader_root__Pg9gV">
<div class="ArticleRubric_root__Ak0Sk"><a href="/family/">${rubric}</a></div>
<h1 class="ArticleTitle_root__VrZaG">${title}</h1><p class="ArticleDek_root__P3leE">${dek}</p>
<div class="ArticleBylines_root__Wu7WW">${bylines[0]} <a class="ArticleBylines_link__kNP4C" href="/author/abigail-fenn/">${bylines[1]}</a></div>
<time class="ArticleTimestamp_root__b3bL6" dateTime="2025-11-12T11:00:00Z">${bylines[2]}</time>
<div class="ArticleShare_root__a1cGq"><button class="ArticleShare_button__i7s8y">${tools[0]}</button>
<button class="ArticleSave_button__bt5Q1">${tools[1]}</button></div>
<figure class="ArticleLeadFigure_root__P_d3x"><picture><img class="Image_root__XxsOp" src="https://cdn.thecontinental.com/media/img/lead/2025/11/boredom.jpg"
alt="" width="1440" height="810"/></picture><figcaption class="ArticleLeadFigure_caption__qUHxR">${credit}</figcaption></figure></header>
<div class="ArticleAudio_root__hK2d0"><button class="ArticleAudio_play__e2rQk" aria-label="Play">${audio[0]}</button>
<span class="ArticleAudio_time__d9tXl">${audio[1]}</span><span class="ArticleAudio_duration__M0xZk">${audio[2]}</span>
<p class="ArticleAudio_promo__oL1fH"><a href="https://noa.app/continental">${audio[3]}</a></p><p class="ArticleAudio_credit__u1Xb7">${audio[4]}</p></div>
<section class="ArticleBody_root__2gF81 article-content-body" data-event-module="article body">
${render(blocks, { p: ' class="ArticleParagraph_root__4mszW"' }, { 1: read(0), 4: adSlot, 7: hr, 9: read(1) })}
<p class="ArticleBody_printNote__Fg1Kj"><em>${print}</em></p>
</section>
<div class="ArticleAuthorBio_root__Y9s0q"><h2 class="ArticleAuthorBio_heading__hK3pS">${about[0]}</h2>
<p class="ArticleAuthorBio_text__tE2zV"><a href="/author/abigail-fenn/">Abigail Fenn</a> ${about[1]}</p></div>
<div class="ArticleExploreTopics_root__U6k5S"><h2>${explore[0]}</h2><ul>${links(explore.slice(1), 'ArticleExploreTopics_item__o2s0e')}</ul></div></article>
<div class="Paywall_root__NwC4r" data-paywall="gate"><h2 class="Paywall_heading__J1qj1">${gate[0]}</h2><p>${gate[1]}</p>
<a class="Paywall_button__N8bZ3" href="/subscribe/">${gate[2]}</a><p class="Paywall_signin__E2oP7">${gate[3]}</p></div></main>
<footer class="SiteFooter_root__Vx0wE"><ul>${links(footer, 'SiteFooter_item__V3bXK')}</ul><p class="SiteFooter_copyright__aX9xN">${copyright}</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":684455,"channel":"family"}}},
"page":"/[channel]/archive/[year]/[month]/[slug]/[id]"}</script>
<script src="/_next/static/chunks/main-6c0b5a.js" defer></script></body></html>`;
