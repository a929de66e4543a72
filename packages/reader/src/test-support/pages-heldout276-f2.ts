import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file f2: an AMA ("ask me anything") thread recap on a Gannett-style local news site (the invented
 * "Brennock Courier", on the gnt_ template): the top bar and nav, the article header with the byline, dateline and "Updated"
 * line, share buttons, the intro, the readers' questions (with usernames) and the guest's answers as the body, an embedded
 * "Read more" promo, a caption under the lead image, the newsletter sign-up, the "Most popular" rail, a sticky ad label
 * and the footer.
 */
const aTitle = 'Our water utility chief took your questions on Reddit. Here is what she said about the lead pipes';
const aIntro = [
  j(
    'Brennock Water Authority director Halina Verdon spent two hours on Tuesday answering questions from readers in an AMA on the',
    'r/Brennock subreddit, co-hosted by the Courier. More than 300 questions came in. We have collected the most upvoted ones below,',
    'lightly edited for length.',
  ),
];
const aQA: [string, string][] = [
  [
    'Question from u/lindenrow_mom: How do I know if my house has a lead service line, and what do I do if it does?',
    j(
      'Verdon: Anything built before 1952 in the old town is likely. The quickest check is where the pipe comes through your basement',
      'wall: scratch it with a key. Lead is soft, dull grey and turns shiny. You can also look up your address on our service line map,',
      'which we finished in January. If you have lead, you are on the replacement list and we will contact you.',
    ),
  ],
  [
    'Question from u/pipe_dreamer88: How long is that list, honestly?',
    j(
      'Verdon: Honestly, about 4,100 lines, and we replaced 610 last year. At that pace it is seven years, which is too slow. The new',
      'state loan lets us double the crews from this summer, and we are aiming to finish by the end of 2029.',
    ),
  ],
  [
    'Question from u/quietcanal: Who pays for the part of the pipe on my property?',
    j(
      'Verdon: From this year, we do. The board voted in December to cover the private side as well as the public side, because we',
      'found that when homeowners had to pay, about half of them said no, and a half-replaced line can actually shed more lead for',
      'a while.',
    ),
  ],
  [
    'Question from u/brennock_dad_of_3: Is it safe to drink the water while we wait?',
    j(
      'Verdon: For most homes, yes, and we add a corrosion inhibitor that coats the inside of old pipes. If you know you have lead and',
      'you have young children or are pregnant, use a certified filter for drinking and cooking. We are giving them out free at the',
      'library on Saturdays while stocks last.',
    ),
  ],
  [
    'Question from u/old_mill_lane: Will my street be dug up again after it was repaved last year?',
    j(
      'Verdon: We are coordinating with the city so that any street on the repaving plan gets its lines done first. Where that did not',
      'happen, we use a trenchless method that pulls the new pipe through the old one, so we only open a small pit at each end.',
    ),
  ],
];
const aOutro = 'Verdon said she would return for a follow-up AMA in the autumn to report on progress with the replacement crews.';
const aPromo = 'Read more: Brennock gets $38 million state loan to speed up lead pipe work';
const aNav = ['News', 'Sports', 'Opinion', 'Obituaries', 'eNewspaper', 'Legals'];
const aPopular = ['Ferry terminal parking fees to double in April', 'Brennock High wins first state robotics title', 'Bridge Street closure: what to know'];
const aFoot = ['About us', 'Newsletters', 'Subscriber Guide', 'Accessibility', 'Terms of Service', 'Privacy Policy', 'Your Privacy Choices'];
const p = (t: string): string => `<p class="gnt_ar_b_p">${t}</p>`;
const aHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>Water chief answers reader questions on lead pipes in Reddit AMA</title>
<meta name="description" content="Halina Verdon answered readers on lead service lines and replacement timelines."><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${aTitle}","datePublished":"2026-03-04T17:12:03Z",
"dateModified":"2026-03-05T09:40:11Z","author":[{"@type":"Person","name":"Desmond Futch"}]}</script>
<script>window.gnt_gdpr = false; window.gnt_ar = {"assetId":"88214630","ssts":"news/local"};</script></head>
<body class="gnt_pr"><div class="gnt_n"><a class="gnt_n_skip" href="#main">Skip to main content</a>
<a class="gnt_n_logo" href="/" aria-label="Brennock Courier"></a>
<nav class="gnt_n_mn">${aNav.map((n) => `<a class="gnt_n_mn_l" href="/${n.toLowerCase()}/">${n}</a>`).join('')}</nav>
<a class="gnt_n_us_a" href="/subscribe">Subscribe</a>
<a class="gnt_n_us_a" href="/login">Sign In</a></div>
<main id="main" class="gnt_cw"><article class="gnt_pr"><h1 class="gnt_ar_hl" elementtiming="ar-headline">${aTitle}</h1>
<div class="gnt_ar_by"><a class="gnt_ar_by_a" href="/staff/desmond-futch/">Desmond Futch</a><div class="gnt_ar_by_j">Brennock Courier</div></div>
<div class="gnt_ar_dt" aria-label="Published: March 4, 2026 Updated: March 5, 2026">
Published 12:12 p.m. ET March 4, 2026 | Updated 4:40 a.m. ET March 5, 2026</div>
<div class="gnt_ss"><button class="gnt_ss_b" data-share="facebook">Facebook</button><button class="gnt_ss_b" data-share="twitter">Share on X</button>
<button class="gnt_ss_b" data-share="email">Email</button></div>
<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" src="https://www.gannett-cdn.example/verdon.jpg" alt=""><figcaption class="gnt_em_cp"
data-c-caption="Halina Verdon at the Quarry Road treatment plant in February.">Halina Verdon at the Quarry Road treatment plant in February.<span
class="gnt_em_cp_c">Tova Marchbanks/Brennock Courier</span></figcaption></figure>
<div class="gnt_ar_b">
${p(aIntro[0] ?? '')}
${aQA
  .map(
    ([q, a], i) =>
      `<h2 class="gnt_ar_b_h2">${q}</h2>\n${p(a)}${
        i === 1
          ? `\n<aside class="gnt_em gnt_em_fo" aria-label="Read more"><a class="gnt_em_fo_a"
href="/story/news/local/2026/02/20/lead-pipe-loan/">${aPromo}</a></aside>`
          : ''
      }`,
  )
  .join('\n')}
${p(aOutro)}
</div>
<div class="gnt_ar_nl"><h3 class="gnt_ar_nl_h">Get the Brennock Daily Briefing</h3><p class="gnt_ar_nl_t">Local news in your inbox each morning.</p><button
class="gnt_ar_nl_b">Sign Up</button></div></article>
<aside class="gnt_rr"><div class="gnt_rr_ad"><span class="gnt_ad_l">Advertisement</span><div id="ad-rail-1" class="gnt_ad_slot"></div></div>
<div class="gnt_rr_mp"><h3 class="gnt_rr_mp_h">Most Popular</h3><ol>${links(aPopular, 'gnt_rr_mp_i')}</ol></div></aside></main>
<footer class="gnt_f"><ul class="gnt_f_l">${links(aFoot)}</ul><p class="gnt_f_c">© 2026 www.brennockcourier.example. All rights reserved.</p></footer>
<div class="gnt_sb"><span class="gnt_ad_l">Advertisement</span></div><script src="https://www.gannett-cdn.example/gcdn/assets/pr.js" async></script>
</body></html>`;
export const ama: TestPage = {
  name: 'heldout276-gannett-ama-recap-news',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: aQA.map(([q]) => q),
  body: texts([...aIntro, ...aQA.map(([, a]) => a), aOutro]),
  bylines: ['Desmond Futch', 'Published 12:12 p.m. ET March 4, 2026 | Updated 4:40 a.m. ET March 5, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...aNav, 'Subscribe', 'Sign In', 'Brennock Courier', 'Facebook', 'Share on X', 'Email',
    'Halina Verdon at the Quarry Road treatment plant in February.', 'Tova Marchbanks/Brennock Courier', aPromo, 'Get the Brennock Daily Briefing',
    'Local news in your inbox each morning.', 'Sign Up', 'Advertisement', 'Most Popular', ...aPopular, ...aFoot,
    '© 2026 www.brennockcourier.example. All rights reserved.',
  ],
};
