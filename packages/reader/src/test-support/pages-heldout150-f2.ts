import type { TestPage } from './page-kit.js';

/**
 * Held-out batch 150, file f2: a Zendesk Guide article in the Copenhagen theme on an invented e-bike maker's help centre
 * ("Skip to main content", the header with logo, "Submit a request" and "Sign in", the breadcrumbs and search, the
 * collapsible "Articles in this section" sidebar with "See more", the article header with author avatar, relative time,
 * "Updated" and "Follow", the article body opening with an author-written "In this article" table of contents, the share
 * links with hidden labels, the comment count, "Was this article helpful?" with its vote count, "Have more questions?
 * Submit a request", "Return to top", "Related articles", the comments box with its sign-in prompt, the footer with the
 * language menu and "Powered by Zendesk", and the messaging launcher frame).
 */
const title = 'Storing your e-bike battery over winter';
const intro = [
  'If you will not ride for more than a month, a little preparation keeps your battery healthy and ready for spring. Lithium-ion cells age ' +
    'fastest when they are stored full, empty or cold, so the aim is to leave the battery partly charged in a cool, dry place indoors.',
];
const toc = ['Before you store it', 'Where to keep it', 'Charging during storage', 'Bringing it back into use'];
const h1 = toc[0]!;
const before = ['Work through these steps on the last day you ride:'];
const beforeList = [
  'Charge or ride the battery until the display shows three or four bars, which is between 40 and 60 percent.',
  'Switch the system off and remove the battery from the frame.',
  'Wipe the contacts with a dry cloth. Do not use water or a degreaser near the connector.',
  'Note the date, so you know when to check the charge again.',
];
const h2 = toc[1]!;
const where = [
  'Choose a room that stays between 10 and 20 °C. A hallway cupboard or spare room is ideal. Garages and sheds are usually too cold in January ' +
    'and too damp all winter, even if the bike itself is kept there.',
  'Keep the battery away from radiators and direct sunlight, and store it on a hard surface rather than carpet. Leave it out of its charger.',
];
const h3 = toc[2]!;
const charging = [
  'A healthy battery loses only a few percent a month in storage, but it should never be allowed to go completely flat. Check it every eight ' +
    'weeks by pressing the button on the side of the pack: if only one light shows, charge it for about an hour to bring it back to half.',
  'Do not leave the battery on the charger for the whole winter. The charger stops when the pack is full, and a full pack is exactly what you ' +
    'want to avoid during storage.',
];
const note =
  'Note: batteries stored completely empty for several months may refuse to charge. If that happens, do not try to revive the pack ' +
  'yourself. Contact us and we will arrange a test at your nearest Orrery service partner.';
const h4 = toc[3]!;
const back = [
  'Let a cold battery warm up indoors for a few hours before charging it. Then charge it fully, refit it, and take a short ride close to home. ' +
    'The range display recalibrates itself over the first two or three charges, so do not worry if the estimate looks low at first.',
];
const user = ['Submit a request', 'Sign in'];
const crumbs = ['Orrery Bikes Help Center', 'Batteries & charging', 'Care and storage'];
const sideArts = ['Cleaning your e-bike safely', 'Checking tyre pressure', 'Riding in the rain'];
const share = ['Facebook', 'X Corp', 'LinkedIn'];
const related = ['Charging in cold weather', 'How long does the battery last?', 'Travelling with your e-bike battery', 'Battery warning lights explained'];
const langs = ['Deutsch', 'Español', 'Français', 'Nederlands'];
const ps = (a: readonly string[]): string => a.map((t) => `<p>${t}</p>`).join('\n');
const hid = (t: string): string => `<h2 id="h_01JC8Q3K5V2N7R4T6W9Y1B3D${t.length}F">${t}</h2>`;
const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" aria-hidden="true"><path d="M1 4l5 5 5-5"/></svg>';
const html = `<!DOCTYPE html>
<html dir="ltr" lang="en-US">
<head>
  <meta charset="utf-8" />
  <!-- v26857 -->
  <title>Storing your e-bike battery over winter – Orrery Bikes Help Center</title>
  <meta name="csrf-param" content="authenticity_token">
  <meta name="csrf-token" content="">
  <meta name="description" content="If you will not ride for more than a month, a little preparation keeps your battery healthy." />
  <meta property="og:image" content="https://orrerybikes.zendesk.com/hc/theming_assets/01HZ8Q3K5V/logo.png" />
  <meta property="og:type" content="website" />
  <meta property="og:site_name" content="Orrery Bikes Help Center" />
  <meta property="og:title" content="${title}" />
  <link rel="canonical" href="https://help.orrerybikes.example/hc/en-us/articles/8420193755281-Storing-your-e-bike-battery-over-winter">
  <link rel="alternate" hreflang="de" href="https://help.orrerybikes.example/hc/de/articles/8420193755281">
  <link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-4d8a1c7b2e.css" media="all" id="stylesheet" />
  <link rel="stylesheet" type="text/css" href="/hc/theming_assets/6720118/360004412031/style.css?digest=2418866101263" />
  <meta content="width=device-width, initial-scale=1.0" name="viewport" />
  <script src="https://static.zdassets.com/hc/assets/en-us.2a5b7c.js"></script>
  <script type="text/javascript" src="/hc/theming_assets/6720118/360004412031/script.js?digest=2418866101263"></script>
</head>
<body class="">
  <a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header">
  <div class="logo"><a title="Home" href="/hc/en-us"><img src="/hc/theming_assets/01HZ8Q3K5V/logo.png" alt="Help Center home page" /></a></div>
  <div class="nav-wrapper-desktop">
    <nav class="user-nav" id="user-nav" aria-label="User navigation">
      <ul class="user-nav-list">
        <li><a class="submit-a-request" href="/hc/en-us/requests/new">Submit a request</a></li>
          <li><a class="sign-in" rel="nofollow" data-auth-action="signin" title="Opens a dialog" role="button" href="/hc/en-us/signin">Sign in</a></li>
      </ul>
    </nav>
  </div>
  <div class="nav-wrapper-mobile">
    <button class="menu-button-mobile" aria-controls="user-nav-mobile" aria-expanded="false" aria-label="Toggle navigation menu">${svg}</button>
    <nav class="menu-list-mobile" id="user-nav-mobile" aria-expanded="false">
      <ul class="menu-list-mobile-items">
          <li class="item"><a role="menuitem" rel="nofollow" data-auth-action="signin" href="/hc/en-us/signin">Sign in</a></li>
        <li class="item"><a class="submit-a-request" role="menuitem" href="/hc/en-us/requests/new">Submit a request</a></li>
      </ul>
    </nav>
  </div>
</header>
  <main role="main">
<div class="container-divider"></div>
<div class="container">
  <div class="sub-nav">
    <nav aria-label="Current location"><ol class="breadcrumbs">
${crumbs.map((c) => `      <li title="${c.replace('&', '&amp;')}"><a href="/hc/en-us/sections/${c.length}">${c.replace('&', '&amp;')}</a></li>`).join('\n')}
    </ol></nav>
    <div class="search-container">
      <svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" focusable="false" viewBox="0 0 12 12" class="search-icon" aria-hidden="true"><circle
cx="4.5"
      cy="4.5" r="4" fill="none" stroke="currentColor"/></svg>
      <form role="search" class="search" data-search="" action="/hc/en-us/search" accept-charset="UTF-8" method="get"><input type="hidden" name="utf8"
      value="&#x2713;" autocomplete="off" /><input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search" /></form>
    </div>
  </div>
  <div class="article-container" id="article-container">
    <aside class="article-sidebar" aria-labelledby="section-articles-title">
        <div class="collapsible-sidebar">
          <button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false">${svg}</button>
          <h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2>
          <div class="collapsible-sidebar-body">
            <ul>
              <li><a href="/hc/en-us/articles/8420193755281" class="sidenav-item current-article" aria-current="page">${title}</a></li>
${sideArts.map((t, i) => `              <li><a href="/hc/en-us/articles/84201937${i}" class="sidenav-item">${t}</a></li>`).join('\n')}
            </ul>
              <a href="/hc/en-us/sections/360012" class="article-sidebar-item">See more</a>
          </div>
        </div>
    </aside>
    <article id="main-content" class="article">
      <header class="article-header">
        <h1 title="${title}" class="article-title">${title}</h1>
          <div class="article-author">
              <div class="avatar article-avatar">
                <img src="https://orrerybikes.zendesk.com/system/photos/8411/tamsin.png" alt="" class="user-avatar"/>
              </div>
            <div class="article-meta">
                <a href="/hc/en-us/profiles/8411207715-Tamsin-Achebe">Tamsin Achebe</a>
              <ul class="meta-group">
                  <li class="meta-data"><time datetime="2025-09-12T10:14:22Z" title="2025-09-12 10:14" data-datetime="relative">2 months ago</time></li>
                  <li class="meta-data">Updated</li>
              </ul>
            </div>
          </div>
          <a class="article-subscribe button-secondary" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin"
          aria-selected="false" href="/hc/en-us/articles/8420193755281/subscription.html">Follow</a>
      </header>
      <section class="article-info">
        <div class="article-content">
          <div class="article-body"><h3>In this article</h3>
<ul>
${toc.map((t) => `<li><a href="#h_01JC8Q3K5V2N7R4T6W9Y1B3D${t.length}F">${t}</a></li>`).join('\n')}
</ul>
${ps(intro)}
${hid(h1)}
${ps(before)}
<ol>
${beforeList.map((t) => `<li>${t}</li>`).join('\n')}
</ol>
${hid(h2)}
${ps(where)}
<p><img src="/hc/article_attachments/8420219901201" alt="Battery on a shelf in a hallway cupboard" width="600" height="400"></p>
${hid(h3)}
${ps(charging)}
<div class="callout"><p><strong>Note:</strong> ${note.replace('Note: ', '')}</p></div>
${hid(h4)}
${ps(back)}</div>
          <div class="article-attachments">
            <ul class="attachments">
            </ul>
          </div>
        </div>
      </section>
      <footer>
        <div class="article-footer">
            <div class="article-share">
  <ul class="share">
${share
  .map(
    (s) => `    <li><a href="https://www.${s.toLowerCase().replace(' corp', '')}.example/share?u=8420193755281"
class="share-${s.toLowerCase().replace(' corp', '')}"
    target="_blank">${svg}<span class="visibility-hidden">${s}</span></a></li>`,
  )
  .join('\n')}
  </ul>
</div>
            <div class="article-comment-count">
              <a href="#article-comments" class="article-comment-count-link">${svg}<span class="visibility-hidden">Comments</span>0 comments</a>
            </div>
        </div>
          <div class="article-votes">
            <h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2>
            <div class="article-votes-controls" role="group" aria-labelledby="article-votes-label">
              <button type="button" class="button article-vote article-vote-up" data-auth-action="signin" aria-label="This article was helpful"
              aria-pressed="false">Yes</button>
              <button type="button" class="button article-vote article-vote-down" data-auth-action="signin" aria-label="This article was not helpful"
              aria-pressed="false">No</button>
            </div>
            <small class="article-votes-count">
              <span class="article-vote-label">12 out of 14 found this helpful</span>
            </small>
          </div>
        <div class="article-more-questions">
          Have more questions? <a href="/hc/en-us/requests/new">Submit a request</a>
        </div>
        <div class="article-return-to-top">
          <a href="#article-container">Return to top${svg}</a>
        </div>
      </footer>
      <div class="article-relatives">
          <div data-recent-articles></div>
          <section class="related-articles" aria-labelledby="related-articles-title">
  <h2 class="related-articles-title" id="related-articles-title">Related articles</h2>
  <ul>
${related.map((t, i) => `      <li><a href="/hc/en-us/related/click?data=BAh7${i}" rel="nofollow">${t}</a></li>`).join('\n')}
  </ul>
</section>
      </div>
        <div class="article-comments" id="article-comments">
          <section class="comments">
            <header class="comment-overview">
              <h2 class="comment-heading">Comments</h2>
              <p class="comment-callout">0 comments</p>
            </header>
            <p class="comment-callout">Please <a data-auth-action="signin" rel="nofollow" href="/hc/en-us/signin">sign in</a> to leave a comment.</p>
          </section>
        </div>
    </article>
  </div>
</div>
  </main>
<footer class="footer">
  <div class="footer-inner">
    <a title="Home" href="/hc/en-us">Orrery Bikes</a>
    <div class="footer-language-selector">
        <div class="dropdown language-selector">
          <button class="dropdown-toggle" aria-haspopup="true">English (US)${svg}</button>
          <span class="dropdown-menu dropdown-menu-end" role="menu">
${langs.map((l) => `              <a href="/hc/change_language/${l.slice(0, 2).toLowerCase()}" dir="ltr" rel="nofollow" role="menuitem">${l}</a>`).join('\n')}
          </span>
        </div>
    </div>
    <div class="powered-by-zendesk"><a href="https://www.zendesk.com/service/help-center/?utm_source=helpcenter" target="_blank">Powered by Zendesk</a></div>
  </div>
</footer>
  <script type="text/javascript">HelpCenter.account = {"subdomain":"orrerybikes","environment":"production"}; HelpCenter.theme = {};</script>
  <script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js?key=3c1b9e7a-2f44-4d1e-9a6b-7e2d1f0c8b55"></script>
  <iframe title="Button to launch messaging window" id="launcher" tabindex="0" style="position: fixed; bottom: 16px; right: 16px;"></iframe>
</body>
</html>`;

export const zendeskPage: TestPage = {
  html,
  name: 'heldout150-zendesk-guide-article-docs',
  kind: 'docs',
  // the "In this article" label at the top of the article body is furniture and its links repeat the headings (left
  // out); the note box is body (its "Note:" label included); the author name, relative time and "Updated" are bylines;
  // the image alt text is in neither list
  title,
  headings: [h1, h2, h3, h4],
  body: [...intro, ...before, ...beforeList, ...where, ...charging, note, ...back],
  bylines: ['Tamsin Achebe', '2 months ago', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...user, ...crumbs, 'Articles in this section', ...sideArts, 'See more', 'Follow', 'In this article', ...share, 'Comments',
    '0 comments', 'Was this article helpful?', 'Yes', 'No', '12 out of 14 found this helpful', 'Have more questions? Submit a request', 'Return to top',
    'Related articles', ...related, 'Please sign in to leave a comment.', 'Orrery Bikes', 'English (US)', ...langs, 'Powered by Zendesk',
  ],
};
