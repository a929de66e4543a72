import { links, ps, type TestPage, texts } from './page-kit.js';
import { dailyMaverick } from './pages-heldout172-f2.js';

/**
 * Held-out batch 172, file f: a The Spinoff (New Zealand) story on its Next.js site (the member bar, header with
 * "Sign in" and "Become a member", section menu, the category label, standfirst, author with role and date, the hero
 * caption, a mid-story "The Bulletin" newsletter signup, the end-of-story "Keep going!" members ask, the "Read next" rail,
 * the footer and the __NEXT_DATA__ script) and, from file f2, a Daily Maverick story.
 */
const spTitle = 'Why a small Waikato town is fighting to keep its last bank branch';
const spDek = 'When the bank announced it was leaving Te Mārama, residents did the maths on a 50km round trip to deposit cash.';
const spP1 = [
  'On the morning the letter arrived, the queue outside the bank in Te Mārama stretched past the bakery. Word had gone ' +
    'around the town of 2,400 people the night before: the branch, the last in town, would close at the end of February.',
  '“It is the only bank for 25 kilometres,” said Aroha Tūhoe-Grant, who runs the hardware store on the main street. ' +
    '“Every business here deposits cash. Now we are supposed to drive to Hamilton?”',
  'The bank said in a statement that fewer than 60 customers used the branch counter each day, and that most of its ' +
    'customers now banked online. It plans to install a smart ATM that accepts deposits and to send a mobile banking van ' +
    'once a fortnight.',
];
const spP2 = [
  'Residents say a van every second Tuesday is not the same. Kaumātua Hemi Rawiri, 78, said many older people in the ' +
    'town do not use online banking and do not want to. “They want to talk to a person,” he said. “They want to know ' +
    'their money is safe.”',
  'A petition asking the bank to reverse its decision has more than 3,100 signatures, more than the population of the ' +
    'town itself. The local community board has written to the bank’s chief executive and to the minister of commerce.',
  'Te Mārama is not alone. Since 2015, more than 200 bank branches have closed around the country, many in small ' +
    'towns. A pilot of shared “banking hubs”, where several banks share one building and staff, has opened in six towns, ' +
    'but Te Mārama was not one of them.',
  'Community board chair Lisa Paewai said the town would push to be added to the next round. “We are not asking for ' +
    'a palace,” she said. “We are asking for a counter and a person behind it.”',
];
const spBar = 'Support The Spinoff and get exclusive stuff. Become a member';
const spTop = ['Sign in', 'Become a member'];
const spNav = ['Politics', 'Society', 'Pop Culture', 'Kai', 'Books', 'Business', 'Climate', 'Podcasts'];
const spCaption = 'The main street of Te Mārama, where the town’s last bank branch is due to close in February.';
const spCredit = '(Photo: Tama Waititi-Hoera)';
const spBulletin = ['Subscribe to The Bulletin to get all the day’s key news stories in five minutes – delivered every weekday at 7.30am.', 'Sign up'];
const spAsk = [
  'Keep going!',
  'The Spinoff is made possible by the support of our members. If you enjoyed this story, please consider joining them.',
  'Join the members',
];
const spNext = ['Read next', 'The supermarket duopoly, explained for people who have given up', 'What happens to a town when the mill closes'];
const spFoot = ['About', 'Contact', 'Advertise', 'Careers', 'Privacy', 'Terms of use', 'Members'];
const spHtml = `<!DOCTYPE html>
<html lang="en-NZ"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${spTitle} | The Spinoff</title>
<meta name="description" content="${spDek}"><meta property="og:type" content="article"><meta property="og:title" content="${spTitle}">
<meta property="og:site_name" content="The Spinoff"><meta property="article:published_time" content="2025-11-25T16:00:00+13:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${spTitle}","datePublished":"2025-11-25T16:00:00+13:00",
"author":[{"@type":"Person","name":"Mihi Kaawhia"}],
"publisher":{"@type":"Organization","name":"The Spinoff"}}</script>
<link rel="preload" href="/_next/static/css/8b1d4a.css" as="style"><link rel="stylesheet" href="/_next/static/css/8b1d4a.css" data-n-g="">
<script src="/_next/static/chunks/webpack-4e7f1.js" defer></script><script src="/_next/static/chunks/pages/_app-92c1a.js" defer></script></head>
<body><div id="__next"><div class="member-bar"><a href="/members">${spBar}</a></div>
<header class="Header_header__x1"><a class="Header_logo__q9" href="/"><span class="sr-only">The Spinoff</span><svg viewBox="0 0 200 40"></svg></a>
<nav class="Header_nav__k2" aria-label="Sections"><ul>${links(spNav, 'Header_item__p0')}</ul></nav>
<div class="Header_actions__r4">${spTop.map((t) => `<a class="Header_action__m1" href="/members">${t}</a>`).join('')}</div></header>
<main class="Article_main__z8"><article class="Article_article__b3"><header class="Article_header__t7">
<a class="Article_category__c5" href="/politics">Politics</a><h1 class="Article_title__h1">${spTitle}</h1><p class="Article_standfirst__s2">${spDek}</p>
<div class="Article_byline__y6"><a class="Article_author__a4" href="/authors/mihi-kaawhia">Mihi Kaawhia</a><span class="Article_role__r3">Reporter</span>
<time class="Article_date__d9" datetime="2025-11-25T16:00:00+13:00">November 25, 2025</time></div>
<div class="Share_share__s1"><button class="Share_button__b2">Share</button><button class="Share_button__b2">Copy link</button></div></header>
<figure class="Article_hero__f1"><img src="https://thespinoff.example/_next/image?url=te-marama.jpg&amp;w=1920&amp;q=75" alt="">
<figcaption class="Article_caption__c0">${spCaption} ${spCredit}</figcaption></figure>
<div class="Article_content__k7 s-content">
${ps(spP1)}
<div class="Newsletter_inline__n3"><p>${spBulletin[0]}</p><form><input type="email" aria-label="Email"><button>${spBulletin[1]}</button></form></div>
${ps(spP2)}
</div>
<aside class="MemberAsk_ask__v5"><h3>${spAsk[0]}</h3><p>${spAsk[1]}</p><a href="/members">${spAsk[2]}</a></aside></article>
<aside class="ReadNext_rail__u2"><h2>${spNext[0]}</h2><ul>${links(spNext.slice(1))}</ul></aside></main>
<footer class="Footer_footer__w0"><ul>${links(spFoot)}</ul><p>© The Spinoff 2025</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"title":"${spTitle}","author":"Mihi Kaawhia"}}},
"page":"/[category]/[slug]"}</script>
</body></html>`;
const spinoff: TestPage = {
  name: 'heldout172-the-spinoff-news',
  kind: 'news',
  html: spHtml,
  // the standfirst is body; the author's role label is a byline; the Bulletin signup inside the content is furniture
  title: spTitle,
  headings: [],
  body: texts([spDek, ...spP1, ...spP2]),
  bylines: ['Mihi Kaawhia', 'Reporter', 'November 25, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    spBar, 'The Spinoff', ...spNav, ...spTop, 'Share', 'Copy link', `${spCaption} ${spCredit}`,
    ...spBulletin, ...spAsk, ...spNext, ...spFoot, '© The Spinoff 2025',
  ])],
};

export const HELDOUT172_F: readonly TestPage[] = [spinoff, dailyMaverick];
