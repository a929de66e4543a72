import { links, type TestPage, texts } from './page-kit.js';
import { newYorker } from './pages-heldout130-a2.js';

/**
 * Held-out batch 130, file a: an Atlantic article on the Next.js template (the site header with "Popular", "Latest",
 * "Newsletters", the hidden sections drawer, "Subscribe" and "Sign In", the rubric, the dek, the byline in an <address>,
 * the timestamp, the AI-narration audio player, the share kit, the lead illustration with its credit, a "Read:" related
 * link paragraph inside the article body, two section subheads, the "About the Author" bio, "Explore More Topics" tags,
 * the "Most Popular" rail, the subscription gate promo and the footer) and, from file a2, a New Yorker article.
 */
const atTitle = 'The Small-Town Hospital That Refused to Close';
const atDek = 'When the board of Carrow Valley’s only hospital voted to shut its doors, the town found an unlikely way to keep the lights on.';
const atP1 = [
  'The vote took eleven minutes. On a Tuesday night last February, the seven trustees of Carrow Valley Memorial sat at a folding ' +
    'table in the cafeteria and agreed, one after another, that the 38-bed hospital could no longer pay its bills. The emergency ' +
    'room would close at the end of June. The nearest one after that would be in Harlan Springs, 64 miles away over a mountain pass.',
  'What happened next is not supposed to happen. Within four months, the residents of a county of 9,000 people had raised enough ' +
    'money, signed enough pledges, and bullied enough state officials to reverse the decision. The hospital is still open. Its ' +
    'emergency room saw 6,200 patients last year, more than it had in a decade.',
  'I went to Carrow Valley to find out how they did it, and whether anyone else could.',
];
const atH1 = 'A hospital on a spreadsheet';
const atP2 = [
  'Rural hospitals have been closing for years, usually quietly. The arithmetic is familiar to anyone who has sat on one of their ' +
    'boards: fewer patients, older patients, more of them on public insurance that pays less than the cost of care. Nurses leave ' +
    'for city hospitals that can pay more. The ones who stay work double shifts, and then they leave too.',
  '“On paper we were dead three years before we voted,” Doreen Pasko, the hospital’s chief financial officer, told me. She showed ' +
    'me the spreadsheet she had brought to the February meeting. The hospital was losing about $310,000 a month, and its cash ' +
    'would run out by September.',
  'The trustees had tried to sell. Two regional health systems looked at Carrow Valley and walked away. One of their executives, ' +
    'Pasko said, told her the building was worth more as a parking lot.',
];
const atRead = 'Read: <a href="https://www.theatlantic.com/health/archive/2024/10/rural-ambulance-deserts/680311/">America’s ambulance deserts</a>';
const atH2 = 'The bake sale that wasn’t';
const atP3 = [
  'The first public meeting after the vote drew about 400 people to the high-school gym. Someone suggested a bake sale. Gus ' +
    'Ferreira, who runs the feed store on Main Street and had never been to a hospital board meeting in his life, stood up and ' +
    'said a bake sale would cover about 40 minutes of the deficit.',
  'Instead, Ferreira and a retired schoolteacher named Alma Reyes-Whitcomb proposed something more ambitious: a special tax ' +
    'district, which under state law the county’s voters could create by petition. A levy of about $180 a year on the average ' +
    'house would raise roughly $2.4 million, enough to close most of the gap.',
  'They needed 1,100 signatures in 30 days. They got 2,900 in nine. In May, the levy passed with 71 percent of the vote, in a ' +
    'county that has rejected every school-bond measure put to it since 1998.',
  '“People here don’t like taxes,” Reyes-Whitcomb said. “But they like dying in the back of a car on the pass even less.”',
  'The levy alone did not save the hospital. The state health department, under pressure from the county’s legislators, ' +
    'released a one-time grant of $3 million. The hospital cut its inpatient beds from 38 to 20, turned a wing into a clinic, ' +
    'and hired two nurse practitioners to see patients who had been using the emergency room as a doctor’s office.',
  'Whether any of this will last is another question. The levy must be renewed in five years. Pasko expects the hospital to ' +
    'break even this year for the first time since 2017, but only just. And Carrow Valley had something most struggling towns ' +
    'do not: a single, frightening deadline that everyone could see coming.',
  'Still, when I asked Ferreira whether he thought other towns could copy them, he did not hesitate. “You don’t need a rich ' +
    'town,” he said. “You need a town that’s scared enough to stop arguing for a few months.”',
];
const atNav = ['Popular', 'Latest', 'Newsletters'];
const atSections = ['Politics', 'Ideas', 'Fiction', 'Technology', 'Science', 'Photo', 'Economy', 'Culture', 'Planet', 'Global', 'Books', 'Health'];
const atTopics = ['Health Care', 'Rural America', 'Hospitals', 'Taxes'];
const atPopular = [
  'The Quiet Collapse of the American Pharmacy',
  'What Happens When a Town Loses Its Newspaper',
  'The Men Who Won’t Go to the Doctor',
  'A Heat Wave Is Coming for the Midwest’s Power Grid',
];
const atBio = 'Miriam Okafor-Lund is a staff writer at The Atlantic, where she covers health care and rural America.';
const atFoot = [
  'About',
  'Contact Us',
  'Careers',
  'Press',
  'Help Center',
  'Purchase',
  'Give a Gift',
  'Manage Subscription',
  'Group Subscriptions',
  'Privacy Policy',
  'Your Privacy Choices',
  'Advertising Guidelines',
  'Terms Conditions',
  'Terms of Sale',
  'Responsible Disclosure',
  'Site Map',
];
const atGate = [
  'Never miss a story. Start your subscription to The Atlantic.',
  'Subscribe now to support independent journalism.',
  'Already a subscriber? Sign in',
];
const atPs = (a: readonly string[]): string => a.map((p) => `<p class="ArticleParagraph_root__4mszW" data-flatplan-paragraph="true">${p}</p>`).join('\n');
const atH = (t: string): string => `<h2 class="ArticleBody_subhead__k3Lw2 ArticleBody_sectionHed__UFmGa">${t}</h2>`;
const atHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Small-Town Hospital That Refused to Close - The Atlantic</title>
<meta name="description" content="${atDek}"><meta property="og:site_name" content="The Atlantic"><meta property="og:type" content="article">
<meta property="og:title" content="${atTitle}"><meta name="author" content="Miriam Okafor-Lund"><meta name="twitter:site" content="@TheAtlantic">
<meta property="article:published_time" content="2025-03-03T11:00:00Z"><meta property="article:section" content="Health">
<link rel="canonical" href="https://www.theatlantic.com/health/archive/2025/03/carrow-valley-hospital-levy/681902/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${atTitle}","description":"${atDek}",
"author":[{"@type":"Person","name":"Miriam Okafor-Lund","sameAs":"https://www.theatlantic.com/author/miriam-okafor-lund/"}],
"datePublished":"2025-03-03T11:00:00Z","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,
"cssSelector":".article-content-body"},"publisher":{"@type":"NewsMediaOrganization","name":"The Atlantic"}}</script>
<link rel="preload" as="script" href="/_next/static/chunks/webpack-7b0cd1e2a4f6e4b8.js">
<link rel="stylesheet" href="/_next/static/css/6f0d7c8b2a1e4d3f.css"></head>
<body><div id="__next"><a class="SkipLink_root__f3Kq1" href="#main-content">Skip to content</a>
<header class="SiteHeader_root__Zq8Vd" data-event-module="header"><div class="SiteHeader_inner__9LmTb">
<button class="SiteHeader_menuButton__1mE0v" aria-expanded="false" aria-controls="sections-drawer"><span>Sections</span></button>
<a class="SiteHeader_logo__0Zkqh" href="https://www.theatlantic.com/" aria-label="The Atlantic"><svg viewBox="0 0 220 40"></svg></a>
<nav class="SiteHeader_nav__hK2r5" aria-label="Quick links"><ul>${links(atNav, 'SiteHeader_navItem__Uo3aC')}</ul></nav>
<div class="SiteHeader_actions__8b3Ty"><a class="SiteHeader_subscribe__Jm6yA" href="https://accounts.theatlantic.com/products/">Subscribe</a>
<a class="SiteHeader_signIn__xP0sd" href="https://accounts.theatlantic.com/login/">Sign In</a>
<button class="SiteHeader_search__4HkTz" aria-label="Search"></button></div></div>
<div id="sections-drawer" class="SectionsDrawer_root__p0cAa" hidden><ul
class="SectionsDrawer_list__7yXWq">${links(atSections, 'SectionsDrawer_item__Bv1Qe')}</ul>
</div></header>
<main id="main-content" class="ArticleLayout_main__Lp1oS"><article class="ArticleLayout_article__Bf4cX" data-event-module="article">
<header class="ArticleHero_root__J8Yr2 ArticleHero_defaultArticleLockup__Nw0Fp"><div class="ArticleHero_rubric__h5tLC">
<a class="ArticleRubric_root__uQ3Ze" href="https://www.theatlantic.com/health/" data-event-element="rubric">Health</a></div>
<div class="ArticleHero_title__7xv4S"><h1 class="ArticleTitle_root__VrZaG">${atTitle}</h1></div>
<p class="ArticleDek_root__P3leE">${atDek}</p>
<div class="ArticleHero_byline__uWaKo"><div class="ArticleBylines_root__B2ZJv"><address id="byline" class="ArticleBylines_address__hyFoV">By
<a class="ArticleBylines_link__kNP4C" href="https://www.theatlantic.com/author/miriam-okafor-lund/" data-event-element="author">Miriam Okafor-Lund</a>
</address></div><time class="ArticleTimestamp_root__b3bL6" datetime="2025-03-03T11:00:00Z">March 3, 2025, 6 AM ET</time></div>
<div class="ArticleAudio_root__Ktx2f" data-event-module="audio"><button class="ArticleAudio_button__fD7yb">Listen to this article</button>
<span class="ArticleAudio_time__c2vLq">00:00</span><span class="ArticleAudio_duration__Y8cMn">12:41</span>
<p class="ArticleAudio_credit__tT9wS">Produced by ElevenLabs and News Over Audio (Noa) using AI narration.</p></div>
<div class="ArticleShareKit_root__mF5b0" data-event-module="share"><button class="ArticleShareKit_button__aX1h8">Share</button>
<button class="ArticleShareKit_button__aX1h8">Save</button><button class="ArticleShareKit_button__aX1h8">Gift</button></div>
<figure class="ArticleLeadFigure_root__P_3Ws"><div class="ArticleLeadArt_root__oKe5s"><picture><img alt="An illustration of a small hospital on a hill"
class="Image_root__XxsOp" src="https://cdn.theatlantic.example/thumbor/x7E=/0x0:2000x1125/960x540/media/img/mt/2025/02/hospital/original.jpg"
width="960" height="540"></picture></div><figcaption class="ArticleLeadFigure_caption__qmm5E">Illustration by The Atlantic. Source: Getty.</figcaption>
</figure></header>
<section class="ArticleBody_root__2gF81 article-content-body" data-event-module="article body">
${atPs(atP1)}
${atH(atH1)}
${atPs(atP2)}
<p class="ArticleRelatedContentLink_root__VYc9V" data-event-module="related content"><em>${atRead}</em></p>
${atH(atH2)}
${atPs(atP3)}
</section>
<div class="ArticleBio_root__A1nxS"><h2 class="ArticleBio_heading__2ZxVt">About the Author</h2><div class="ArticleBio_author__d6wPz">
<address class="ArticleBio_content__K9xFa"><p>${atBio}</p></address></div></div>
<div class="ArticleTopics_root__1hWxA"><h2
class="ArticleTopics_heading__RvK4s">Explore More Topics</h2><ul>${links(atTopics, 'ArticleTopics_item__m0pZn')}</ul></div>
</article>
<div class="ArticleGate_root__wB2o3" data-event-module="gate"><p class="ArticleGate_title__Jp3nV">${atGate[0]}</p>
<p class="ArticleGate_body__o2iKd">${atGate[1]}</p><a class="ArticleGate_cta__Qz1Tx" href="https://accounts.theatlantic.com/products/">Subscribe</a>
<p class="ArticleGate_signIn__eV4gA">Already a subscriber? <a href="https://accounts.theatlantic.com/login/">Sign in</a></p></div>
<aside class="MostPopular_root__fZ8c1" data-event-module="most popular"><h2 class="MostPopular_heading__u7QmD">Most Popular</h2><ol>
${atPopular.map((t, i) => `<li class="MostPopular_item__rN5sX"><a href="/ideas/archive/2025/03/${i}/">${t}</a></li>`).join('\n')}</ol></aside>
<div class="GoogleAdSlot_root__Wm9tP" data-ad-slot="Bottom" id="bottom-ad"></div></main>
<footer class="SiteFooter_root__rT3nx"><nav aria-label="Footer"><ul class="SiteFooter_links__Hd1Kz">${links(atFoot, 'SiteFooter_link__cF8pO')}</ul></nav>
<p class="SiteFooter_copyright__9ZmGk">TheAtlantic.com © 2025 The Atlantic Monthly Group. All Rights Reserved.</p>
<p class="SiteFooter_recaptcha__4oXqT">This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"urqlState":{}}},"page":"/[...slug]","buildId":"e4fW1gq0"}</script>
<script src="/_next/static/chunks/main-2a0c4d5b7f9e1c33.js" defer></script></body></html>`;

const atlantic: TestPage = {
  html: atHtml,
  name: 'heldout130-atlantic-news',
  kind: 'news',
  // the dek is body; the "Read:" related link inside the body, the rubric, audio player, share kit, lead credit, the bio,
  // topics, gate, rail and footer are furniture
  title: atTitle,
  headings: [atH1, atH2],
  body: [atDek, ...atP1, ...atP2, ...texts(atP3)],
  bylines: ['By Miriam Okafor-Lund', 'March 3, 2025, 6 AM ET'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Sections', ...atNav, ...atSections, 'Subscribe', 'Sign In', 'Listen to this article', '00:00', '12:41',
    'Produced by ElevenLabs and News Over Audio (Noa) using AI narration.', 'Share', 'Save', 'Gift', 'Illustration by The Atlantic. Source: Getty.',
    'Read: America’s ambulance deserts', 'About the Author', atBio, 'Explore More Topics', ...atTopics, ...atGate, 'Most Popular', ...atPopular,
    ...atFoot, 'TheAtlantic.com © 2025 The Atlantic Monthly Group. All Rights Reserved.',
    'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
  ],
};

export const HELDOUT130_A: readonly TestPage[] = [atlantic, newYorker];
