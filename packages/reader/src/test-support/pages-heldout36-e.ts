import { type TestPage, texts } from './page-kit.js';
import { leeBlox } from './pages-heldout36-e2.js';

/**
 * Held-out batch 36, file e: a Miami Herald story on McClatchy's template, its text wrapped in the source (the "Customize your
 * experience" nav and "Sign In" bar, kicker, h1, byline and "Updated" time, the "Only have a minute? Listen instead" player,
 * share tools, the lead figure whose credit carries the photographer's e-mail, paragraphs with ad wrappers, a "Read Next"
 * package between them, one h2, the "originally published" line, the author card with "Support my work", "Related stories
 * from Miami Herald", the app promo and the long footer). The Lee Enterprises BLOX story of this file is in
 * pages-heldout36-e2.ts.
 */
const mhTitle = 'Miami-Dade approves $61 million pump upgrade for flood-weary Little River neighborhoods';
const mhBody1 = [
  'Residents of Little River and El Portal who have spent years wading through flooded streets after summer storms may get ' +
    'some relief by 2028, after Miami-Dade commissioners on Tuesday approved a $61 million upgrade of three pump stations ' +
    'along the Little River canal.',
  'The project, approved unanimously, will replace pumps that date from the 1960s with larger ones that can move roughly ' +
    'twice as much water, and will add backup generators so the stations keep working when the power goes out during a storm.',
  'County engineers told commissioners that the existing pumps run at about 60% of their original capacity and that two of ' +
    'them failed during the heavy rains of June 2025, when parts of Northeast Second Avenue were under more than a foot of ' +
    'water for two days.',
  '“I have residents who keep a kayak in the carport, and they are not joking,” said Commissioner Yolanda Castellanos, whose ' +
    'district includes most of the area. “This is not a luxury project. It is basic infrastructure we should have replaced ' +
    'twenty years ago.”',
  'About two-thirds of the cost will be covered by a federal resilience grant awarded last year, with the rest coming from the ' +
    'county’s stormwater utility fees. The county also plans to raise the canal’s seawall by 18 inches along a half-mile stretch ' +
    'behind the pump stations.',
];
const mhH = 'What happens next';
const mhBody2 = [
  'Construction is expected to start in the fall, after the end of the rainy season, and take about two and a half years. The ' +
    'stations will be rebuilt one at a time so that at least two remain in operation throughout.',
  'Some residents said they worried the upgrade would simply push the problem elsewhere. Gerald Toussaint, who has lived on ' +
    'Northeast 79th Street for 31 years, said he wanted the county to explain where the extra water would go. “Pumping it ' +
    'faster into the canal only helps if the canal can take it,” he said.',
  'County officials said modeling showed the canal could carry the extra flow to Biscayne Bay without raising water levels ' +
    'upstream, and that a public meeting on the design would be held in El Portal in March.',
];
const mhOrig = 'This story was originally published January 27, 2026 at 5:00 AM.';
const mhCaption = 'Cars drive through a flooded street in Little River after heavy rains on June 12, 2025.';
const mhCredit = 'Carlos Ferrán cferran@miamiherald.com';
const mhReadNext = 'Miami Beach to test ‘living seawall’ along Indian Creek, first of its kind in South Florida';
const mhBio = 'Daniela Quintero covers Miami-Dade County government and climate resilience for the Miami Herald.';
const mhRelated = [
  'North Miami to spend $9 million on new drainage wells',
  'FEMA flood maps could raise insurance costs for 40,000 Miami-Dade homes',
  'How high will the sea rise in Miami? What the latest projections say',
];
const mhNav = ['Local', 'Sports', 'Business', 'Politics', 'Opinion', 'Real Estate', 'Food & Drink', 'Weather'];
// biome-ignore format: the footer groups are packed several to a line to keep the file short
const mhFoot = [
  'Start a Subscription', 'Customer Service', 'eEdition', 'Vacation Hold', 'Pay Your Bill', 'About Us', 'Contact Us', 'Newsletters',
  'Public Notices', 'Archives', 'Place an Ad', 'Place a Classified Ad', 'Place an Obituary', 'Commenting Policy', 'Privacy Policy',
  'Terms of Service',
];
/** The text of a paragraph broken into source lines of about 100 characters, as the template writes it. */
const wrap = (t: string): string => t.replace(/(.{90,}?) /g, '$1\n        ');
const mhP = (t: string): string => `      <p>\n        ${wrap(t)}\n      </p>`;
const mhAd = (n: number): string => `      <div class="ad-wrapper" id="zone-el-${n}">
        <div class="ad-slot" data-slot="story-${n}"></div>
      </div>`;
const mhHtml = `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>
      ${mhTitle} | Miami Herald
    </title>
    <meta name="description" content="Commissioners approved a $61 million upgrade of three Little River canal pump stations.">
    <link rel="canonical" href="https://www.miamiherald.com/news/local/community/miami-dade/article311145678.html">
    <script type="application/ld+json">
      {"@context":"http://schema.org","@type":"NewsArticle","headline":"${mhTitle}","datePublished":"2026-01-27T05:00:00-05:00",
       "dateModified":"2026-01-27T18:12:00-05:00","author":{"@type":"Person","name":"Daniela Quintero"},"isAccessibleForFree":false}
    </script>
    <script>
      window.pageInfo = {"story.id":"311145678","content.type":"story","section":"news/local/community/miami-dade"};
    </script>
  </head>
  <body class="story-page">
    <header class="masthead">
      <a class="logo" href="/" aria-label="Miami Herald"></a>
      <div class="masthead-actions">
        <a class="subscribe" href="/subscribe">Subscribe</a>
        <a class="sign-in" href="/signin">Sign In</a>
      </div>
      <nav class="section-nav">
        <ul>
          ${mhNav.map((t) => `<li><a href="/${t.toLowerCase().replace(/ & | /g, '-')}">${t.replace('&', '&amp;')}</a></li>`).join('\n          ')}
        </ul>
        <p class="customize">Customize your experience</p>
      </nav>
    </header>
    <main>
      <div class="header-wrapper">
        <div class="kicker"><a href="/news/local/community/miami-dade">Miami-Dade County</a></div>
        <h1 class="h1">
          ${mhTitle}
        </h1>
        <div class="byline">
          <span>By</span> <a class="ng-byline" href="/profile/261044018">Daniela Quintero</a>
        </div>
        <div class="time">
          <time class="update-date" datetime="2026-01-27T18:12:00-05:00">Updated January 27, 2026 6:12 PM</time>
        </div>
        <div class="instaread" data-instaread="player">
          <span class="instaread-title">Only have a minute? Listen instead</span>
          <span class="instaread-powered">Powered by Trinity Audio</span>
          <span class="instaread-time">00:00 / 04:21</span>
        </div>
        <div class="share-tools">
          <a class="share-facebook" href="#"><span class="sr-only">Share on Facebook</span></a>
          <a class="share-x" href="#"><span class="sr-only">Post on X</span></a>
          <a class="share-email" href="#"><span class="sr-only">Email</span></a>
          <a class="share-print" href="#"><span class="sr-only">Print</span></a>
        </div>
      </div>
      <article class="story-body" data-paywall="metered">
        <figure class="figure-article">
          <img src="https://www.miamiherald.com/latest-news/qvn0oy/picture311145690/alternates/LANDSCAPE_1140/flood.jpg" alt="">
          <figcaption class="caption">
            <p>${mhCaption}
              <span class="credit">${mhCredit.replace('cferran@', '<em>cferran@').replace('.com', '.com</em>')}</span>
            </p>
          </figcaption>
        </figure>
${mhBody1.slice(0, 2).map(mhP).join('\n')}
${mhAd(1)}
${mhBody1.slice(2, 4).map(mhP).join('\n')}
      <div class="read-next">
        <h3 class="read-next-label">Read Next</h3>
        <a class="package" href="/news/local/community/miami-dade/miami-beach/article310987654.html">
          <h4>${mhReadNext}</h4>
        </a>
      </div>
${mhP(mhBody1[4]!)}
${mhAd(2)}
      <h2>${mhH}</h2>
${mhBody2.map(mhP).join('\n')}
      <div class="originally-published">
        ${mhOrig}
      </div>
      </article>
      <div class="author-card">
        <img class="author-img" src="https://www.miamiherald.com/profile/261044018/headshot.jpg" alt="Profile Image of Daniela Quintero">
        <h3 class="author-name"><a href="/profile/261044018">Daniela Quintero</a></h3>
        <p class="author-title">Miami Herald</p>
        <p class="author-bio">${mhBio}</p>
        <a class="support" href="/subscribe?cid=author-card">Support my work with a digital subscription</a>
      </div>
      <section class="related-stories">
        <h2>Related stories from Miami Herald</h2>
        ${mhRelated
          .map((t, i) => `<div class="package"><span class="kicker">Local</span><a href="/news/local/article31100${i}.html">${t}</a></div>`)
          .join('\n        ')}
      </section>
      <div class="app-promo">
        <h3>Take Us With You</h3>
        <p>Real-time updates and all local stories you want right in the palm of your hand.</p>
        <a href="/app">Miami Herald App</a> <a href="/newsletters">View Newsletters</a>
      </div>
    </main>
    <footer class="footer">
      <ul>
        ${mhFoot.map((t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('\n        ')}
      </ul>
      <p class="copyright">Copyright ©2026 Miami Herald. All Rights Reserved.</p>
    </footer>
  </body>
</html>`;
const miamiHerald: TestPage = {
  html: mhHtml,
  name: 'heldout36-mcclatchy-miami-herald',
  kind: 'news',
  // one h2 subhead; the writer (byline and author card, once), the "Updated" time and the "originally published" line at the
  // foot of the body are the bylines, and so is the author card's bio sentence (an author line about the writer); the kicker,
  // the audio player, share labels, caption and its credit with the photographer's address, the "Read Next" package between
  // paragraphs, the card's "Miami Herald" line and "Support my work", "Related stories from Miami Herald" with its "Local"
  // kickers (the nav's "Local" again), the app promo, "Customize your experience", nav and footer are furniture
  title: mhTitle,
  headings: [mhH],
  body: [...texts(mhBody1), ...texts(mhBody2)],
  bylines: ['Daniela Quintero', 'Updated January 27, 2026 6:12 PM', mhOrig, mhBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Sign In', ...mhNav, 'Miami-Dade County', 'Customize your experience', 'Only have a minute? Listen instead',
    'Powered by Trinity Audio', '00:00 / 04:21', 'Share on Facebook', 'Post on X', 'Email', 'Print', mhCaption, mhCredit, 'Read Next', mhReadNext,
    'Miami Herald', 'Support my work with a digital subscription', 'Related stories from Miami Herald', ...mhRelated, 'Take Us With You',
    'Real-time updates and all local stories you want right in the palm of your hand.', 'Miami Herald App', 'View Newsletters', ...mhFoot,
    'Copyright ©2026 Miami Herald. All Rights Reserved.',
  ],
};

export const HELDOUT36_E: readonly TestPage[] = [miamiHerald, leeBlox];
