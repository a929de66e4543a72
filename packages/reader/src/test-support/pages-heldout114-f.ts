import { links, type TestPage, texts } from './page-kit.js';
import { nexstarPage } from './pages-heldout114-f2.js';

/**
 * Held-out batch 114, file f: a Smart Brevity explainer on an Axios-style Next.js site (DraftjsBlocks) opened by a
 * "Why it matters" paragraph and a "Catch up quick" paragraph, with bold inline labels as the site sets them (topic label,
 * "Go deeper" link, byline with avatar, date, share row, the local newsletter signup, "Axios Pro" promo, related stories
 * and footer), and, from file f2, a local TV station's story opened by a weather alert banner and a "Watch live" promo.
 */
const title = 'What the state’s new short-term rental rules mean for hosts';
const paras = [
  '<strong>Why it matters:</strong> About 14,000 homes in the state are listed as short-term rentals, and the rules change how ' +
    'many nights a year they can be rented and who collects the taxes.',
  '<strong>Catch up quick:</strong> Lawmakers passed the bill in June after two years of complaints from residents in lake and ' +
    'mountain towns, where rentals make up as much as a quarter of the housing stock.',
  '<strong>Driving the news:</strong> The rules take effect Jan. 1. Hosts have until March 31 to register with the state ' + 'revenue department.',
  '<strong>Zoom in:</strong> What changes for hosts:',
  'A new state registration number must appear on every listing.',
  'Rentals of a whole home are capped at 120 nights a year unless the owner lives there.',
  'Booking platforms, not hosts, will collect and send in the 6 percent lodging tax.',
  'Cities can still set stricter limits of their own.',
  '<strong>What they’re saying:</strong> “Most hosts I talk to already pay their taxes. The registration is one more form,” said ' +
    'Darla Huynh, who rents two cabins near Lake Tessaly and leads a hosts’ association.',
  'Mayor Kent Albright of Pine Hollow, where nearly 30 percent of homes are rentals, said the cap “gives towns like ours a ' +
    'fighting chance to keep teachers and nurses living here.”',
  '<strong>The other side:</strong> Some hosts say the 120-night cap will push them to sell. Realtors in two lake counties told ' +
    'Axiom Local they have seen more rental properties listed for sale this fall.',
  '<strong>What’s next:</strong> The revenue department will publish the registration form in December and hold online ' +
    'information sessions for hosts in January.',
  '<strong>The bottom line:</strong> Hosts who register early and update their listings before January should ' +
    'see little change this season. Those who rent a second home for more than 120 nights will have to decide ' +
    'whether to cut back, rent long term or sell.',
  '<strong>Reality check:</strong> Most hosts can read the full text of the new rules on the revenue department’s website.',
];
const topics = ['Politics', 'Business', 'Tech', 'Health', 'World', 'Local'];
const related = ['State housing starts fall to lowest level since 2013', 'Lake towns weigh limits on new vacation homes'];
const nl = ['Get more local stories in your inbox with Axiom Lakeland.', 'Sign up', 'Support local journalism by becoming a member.', 'Learn more'];
const foot = ['About', 'Careers', 'Advertise', 'Online Ad Terms', 'Privacy Policy', 'Terms of Use', 'Contact Us', 'Axiom Pro'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"><title>Short-term rental rules: What hosts need to know - Axiom Lakeland</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${title}"><meta property="og:site_name" content="Axiom">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title}","datePublished":"2025-10-29T10:30:00.000Z",
"author":[{"@type":"Person","name":"Jolene Abara"}],"isAccessibleForFree":true}</script><link rel="preload" href="/_next/static/css/7c2e.css" as="style"></head>
<body><div id="__next"><header class="Header_header__r9a"><a class="Header_logo__b" href="/local/lakeland">Axiom Lakeland</a>
<nav aria-label="topics"><ul>${links(topics, 'Header_topic__k')}</ul></nav><a class="Header_cta__q" href="/newsletters">Subscribe</a></header>
<main><div class="StoryPage_story__w"><div class="StoryHeader_label__n"><a href="/local/lakeland/housing">Housing</a></div>
<h1 class="StoryHeader_headline__m">${title}</h1>
<div class="StoryByline_byline__x"><img alt="" src="/static/authors/abara.jpg"><span class="StoryByline_name__c">Jolene Abara</span>
<time class="StoryByline_date__e" dateTime="2025-10-29T10:30:00.000Z">Oct 29, 2025</time></div>
<div class="ShareBar_share__h"><button aria-label="facebook">Facebook</button><button aria-label="x">X</button><button aria-label="linkedin">LinkedIn</button>
<button aria-label="email">Email</button></div>
<figure class="StoryImage_figure__u"><img src="/static/img/cabin.jpg" alt="">
<figcaption>A rental cabin on Lake Tessaly. Photo: Owen Brakke/Axiom</figcaption></figure>
<div class="DraftjsBlocks_draftjs__fm3S2 StoryText_story__z">
${paras
  .slice(0, 4)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<ul>${paras
  .slice(4, 8)
  .map((p) => `<li>${p}</li>`)
  .join('')}</ul>
${paras
  .slice(8)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<p><strong>Go deeper:</strong> <a href="#">${related[1]}</a></p>
</div>
<div class="NewsletterSignup_root__s"><p>${nl[0]}</p><input type="email" placeholder="Email address"><button>${nl[1]}</button></div>
<div class="MembershipPromo_root__m"><p>${nl[2]}</p><a href="/membership">${nl[3]}</a></div>
<section class="RelatedStories_root__d"><h2>More Axiom Lakeland stories</h2><ul>${links(related)}</ul></section></div></main>
<footer class="Footer_footer__t"><ul>${links(foot)}</ul><p>Axiom Media, 2025</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"page":"/local/[city]/[year]/[month]/[day]/[slug]","query":{"city":"lakeland"}}</script></body></html>`;
const axiomPage: TestPage = {
  name: 'heldout114-axiom-why-it-matters-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(paras),
  bylines: ['Jolene Abara', 'Oct 29, 2025'],
  furniture: [
    'Axiom Lakeland',
    ...topics,
    'Subscribe',
    'Housing',
    'Facebook',
    'X',
    'LinkedIn',
    'Email',
    'A rental cabin on Lake Tessaly. Photo: Owen Brakke/Axiom',
    'Go deeper:',
    ...nl,
    'More Axiom Lakeland stories',
    ...related,
    ...foot,
    'Axiom Media, 2025',
  ],
};
export const HELDOUT114_F: readonly TestPage[] = [axiomPage, nexstarPage];
