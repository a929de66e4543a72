import { links, type TestPage } from './page-kit.js';
import { irishTimesStory } from './pages-heldout116-c2.js';

/**
 * Held-out batch 116, file c: a South China Morning Post story on its Next.js template (header with "Subscribe" and "Login",
 * the section and topic eyebrow with "+ FOLLOW", the headline with its summary bullets, the author with "Why you can trust
 * SCMP", published/updated lines, the share and gift bar, the lede image whose caption ends "Photo: ...", data-qa paragraphs
 * with ADVERTISEMENT slots and an inline related-article card, the newsletter box, "Related Topics", the conversation button,
 * the "Most Popular" rail, the cookie notice and the footer) and, from file c2, an Irish Times story.
 */
const scTitle = 'Hong Kong to test smart traffic lights at 30 junctions in bid to cut rush-hour jams';
const scSummary = [
  'Transport department says sensors and AI system will adjust signal timing to real traffic flows from June',
  'Lawmaker welcomes trial but warns pedestrians must not be made to wait longer to cross',
];
const scBody = [
  'Hong Kong will test traffic lights that change their timing according to real-time traffic at 30 busy junctions from June, ' +
    'in a trial the government hopes will shorten journeys on some of the city’s most congested roads.',
  'The Transport Department told lawmakers on Monday that the HK$86 million pilot would cover junctions in Mong Kok, Kwun Tong ' +
    'and Sha Tin, where sensors and cameras would feed data to a computer system that recalculates signal timing every few ' +
    'seconds.',
  'At present, most of the city’s 1,900 signal-controlled junctions run on fixed plans that change only a few times a day, ' +
    'according to a paper submitted to the Legislative Council’s transport panel.',
  '“Traffic patterns today are very different from when many of these timing plans were drawn up,” said Assistant ' +
    'Commissioner for Transport Winnie Lau Ka-man. “If the system can react to what is actually happening on the road, we ' +
    'expect shorter queues and fewer vehicles stopping and starting.”',
  'The department said overseas studies had found adaptive signals cut average journey times by 10 to 25 per cent at peak ' +
    'hours, though it cautioned that Hong Kong’s dense road network and heavy bus traffic could produce smaller gains.',
  'Officials will compare journey times, queue lengths and bus punctuality at the 30 junctions with those at similar ' +
    'junctions outside the trial over 12 months before deciding whether to extend the system.',
  'Lawmaker Gary Chan Hok-fung, who sits on the transport panel, said he supported the pilot but warned that faster traffic ' +
    'should not come at the expense of people on foot.',
  '“In Mong Kok, tens of thousands of pedestrians cross these roads every hour. If the computer decides cars are more ' +
    'important, people will simply cross on red,” he said.',
  'The department said the system would be programmed with minimum crossing times for pedestrians and that signals near ' +
    'schools and elderly homes would keep longer green phases for people crossing.',
  'Data collected by the cameras would be used only for traffic management and would not identify individual vehicles or ' + 'people, the paper said.',
  'The trial forms part of the government’s smart mobility road map, which also includes plans to expand real-time bus ' +
    'arrival information to all stops by next year.',
];
const scNav = ['Hong Kong', 'China', 'Asia', 'World', 'Opinion', 'Business', 'Tech', 'Lifestyle', 'People & Culture', 'Sport', 'Week Asia', 'Video'];
const scCaption = 'Traffic on Nathan Road in Mong Kok, one of the areas included in the trial.';
const scCredit = 'Photo: Jelly Tse';
const scInline = 'Hong Kong to add 400 more electric taxis this year as charging network expands';
const scNews = [
  'Hong Kong Update',
  'Get the latest news and analysis on the city, delivered to your inbox every weekday.',
  'Sign up',
  'By registering, you agree to our T&C and Privacy Policy',
];
const scTnc = 'By registering, you agree to our T&amp;C and Privacy Policy';
const scTopics = ['Hong Kong transport', 'Traffic congestion', 'Legislative Council'];
const scPopular = [
  'Hong Kong property prices edge up for second straight month',
  'Mainland Chinese visitors flock to Hong Kong for weekend concerts',
  'Why a Sai Kung beach has been closed for the third time this year',
  'Hong Kong’s MTR to add more trains on East Rail line during peak hours',
];
const scFoot = [
  'About Us',
  'Work For Us',
  'Advertise With Us',
  'Contact Us',
  'Print Subscription',
  'Privacy Policy',
  'Terms and Conditions',
  'FAQs',
  'Code of Conduct',
];
const scCookie =
  'We use cookies to tailor your experience and present relevant ads. By clicking “Accept”, you agree that cookies can be placed per our Privacy Policy.';
const scP = (a: readonly string[]): string => a.map((p) => `<p data-qa="Component-Component" class="css-1p3xx7y e1ae93lh0">${p}</p>`).join('\n');
const scAd = (n: number): string => `<div data-qa="AdSlot-Container" class="css-3mn0az e1m1tuc90"><div data-qa="AdSlot-Label"
class="css-1n4yw4u">ADVERTISEMENT</div><div id="dfp-ad-inline${n}" data-qa="AdSlot-Slot"></div></div>`;
const scHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hong Kong to test smart traffic lights at 30 junctions in bid to cut rush-hour jams | South China Morning Post</title>
<meta name="description" content="Transport department says sensors and AI system will adjust signal timing to real traffic flows from June.">
<meta property="og:title" content="${scTitle}"><meta property="og:site_name" content="South China Morning Post">
<meta name="cse_author" content="Natalie Wong"><meta property="article:published_time" content="2025-03-03T18:00:10+08:00">
<link rel="canonical" href="https://www.scmp.com/news/hong-kong/transport/article/3301874/hong-kong-test-smart-traffic-lights-30-junctions">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${scTitle}","author":{"@type":"Person",
"name":"Natalie Wong"},"datePublished":"2025-03-03T18:00:10+08:00","dateModified":"2025-03-03T21:24:31+08:00",
"publisher":{"@type":"Organization","name":"South China Morning Post"},"isAccessibleForFree":"False"}</script>
<script src="https://assets.i-scmp.example/_next/static/chunks/main-app-4c0b8b.js" async></script></head>
<body><div id="__next"><header data-qa="Header-Container" class="css-1q0c2x4 e1u7ykpk0"><a data-qa="Header-Logo" href="/" aria-label="SCMP">
<svg viewBox="0 0 95 20"></svg></a><nav data-qa="Header-Nav" class="css-ju2x7k"><ul>${links(scNav, 'css-1nbu8d0')}</ul></nav>
<div data-qa="Header-Actions"><a data-qa="Header-Subscribe" href="/subscribe">Subscribe</a><button data-qa="Header-Login">Login</button></div></header>
<main class="css-1d9ejmg"><article data-qa="ArticleDetail-Container" class="css-8pyb0k e1b7lbgn0">
<div data-qa="ArticleHeader-Eyebrow" class="css-ki5j1c"><a href="/news/hong-kong">Hong Kong</a><span>/</span><a
href="/topics/hong-kong-transport">Transport</a><button data-qa="FollowButton" class="css-1xh6jnl">+ FOLLOW</button></div>
<h1 data-qa="ContentHeadline-Headline" class="css-1xdhyk6 e1sbn3bb0">${scTitle}</h1>
<div data-qa="ContentSummary-ContainerWithTag" class="css-z7kkfu"><ul>${scSummary.map((t) => `<li class="css-bunm9m">${t}</li>`).join('')}</ul></div>
<div data-qa="ArticleDetail-Author" class="css-1l6f7i9"><a data-qa="AuthorName" href="/author/natalie-wong">Natalie Wong</a>
<a data-qa="TrustLink" href="/about/trust">Why you can trust SCMP</a></div>
<div data-qa="ArticleDate" class="css-1xbn04k"><time data-qa="Published" datetime="2025-03-03T10:00:10.000Z">Published: 6:00pm, 3 Mar 2025</time>
<time data-qa="Updated" datetime="2025-03-03T13:24:31.000Z">Updated: 9:24pm, 3 Mar 2025</time></div>
<div data-qa="SocialShare" class="css-q3p0lx"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button>
<button aria-label="Share on WhatsApp">WhatsApp</button><button data-qa="GiftButton">Gift</button><button data-qa="BookmarkButton">Bookmark</button></div>
<figure data-qa="ArticleImage" class="css-jq21xt"><img src="https://cdn.i-scmp.example/sites/default/files/d8/images/canvas/2025/03/03/nathan.jpg"
alt="${scCaption}" width="1280" height="720"><figcaption data-qa="ArticleImage-Caption" class="css-ff1ovq"><span>${scCaption}</span>
<span data-qa="ArticleImage-Credit">${scCredit}</span></figcaption></figure>
<div data-qa="GenericArticle-Content" class="css-1rknwt9 e1b7lbgn2">
${scP(scBody.slice(0, 3))}
${scAd(1)}
<div data-qa="InlineRelated-Container" class="css-11rjt26"><a href="/news/hong-kong/transport/article/3299912/electric-taxis">
<div data-qa="InlineRelated-Label">Related</div><div data-qa="InlineRelated-Headline">${scInline}</div></a></div>
${scP(scBody.slice(3, 7))}
<div data-qa="NewsletterWidget" class="css-1ylxk6b"><div class="css-1w9c8vk">${scNews[0]}</div><p>${scNews[1]}</p>
<form><input type="email" placeholder="Your email"><button type="submit">${scNews[2]}</button></form>
<p class="css-tnc">${scTnc}</p></div>
${scP(scBody.slice(7, 9))}
${scAd(2)}
${scP(scBody.slice(9))}
</div>
<div data-qa="RelatedTopics" class="css-3ba2o2"><div class="css-h1ydow">Related Topics</div><ul>${links(scTopics, 'css-topic')}</ul></div>
<div data-qa="Conversation" class="css-15x1mrz"><button data-qa="ConversationButton">Join the conversation</button><span>12 comments</span></div>
</article><aside data-qa="MostPopular" class="css-1y2jeo6"><h2>Most Popular</h2><ol>${links(scPopular)}</ol>${scAd(3)}</aside></main>
<footer data-qa="Footer" class="css-ue6xdx"><ul>${links(scFoot)}</ul>
<p>Copyright © 2025 South China Morning Post Publishers Ltd. All rights reserved.</p></footer>
<div data-qa="CookieNotice" class="css-10l8k0p" role="dialog"><p>${scCookie}</p><button>Accept</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"page":"/article","query":{"entityId":"3301874"},"buildId":"v20250303"}</script></body></html>`;
const scmp: TestPage = {
  html: scHtml,
  name: 'heldout116-scmp-news',
  kind: 'news',
  // the two summary bullets under the headline are the dek: body; the inline related card and the newsletter box are furniture
  title: scTitle,
  headings: [],
  body: [...scSummary, ...scBody],
  bylines: ['Natalie Wong', 'Published: 6:00pm, 3 Mar 2025', 'Updated: 9:24pm, 3 Mar 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...scNav, 'Subscribe', 'Login', 'Transport', '+ FOLLOW', 'Why you can trust SCMP', 'Facebook', 'X', 'WhatsApp', 'Gift', 'Bookmark', scCaption,
    scCredit, 'ADVERTISEMENT', 'Related', scInline, ...scNews, 'Related Topics', ...scTopics, 'Join the conversation', '12 comments', 'Most Popular',
    ...scPopular, ...scFoot, 'Copyright © 2025 South China Morning Post Publishers Ltd. All rights reserved.', scCookie, 'Accept',
  ],
};

export const HELDOUT116_C: readonly TestPage[] = [scmp, irishTimesStory];
