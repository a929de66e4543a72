import { type TestPage, texts } from './page-kit.js';
import { larkwiki } from './pages-heldout255-f2.js';
import { j } from './pages-heldout255-kit.js';

/**
 * Held-out batch 255, file f: a Zulip-style public chat archive page for one topic, as the zulip-archive tool writes it
 * into a static site (site header, the stream line, message headers with sender, "view this post on Zulip" icon links and
 * timestamps, the messages as the body, the "Last updated" line and the site footer), and, from file f2, a distribution's
 * package page on an ArchWiki-style MediaWiki (Vector 2022) wiki.
 */
const zTitle = 'armv7 builds after 3.0';
const zMsgs: [string, string, string[]][] = [
  [
    'Tomasz Rydel',
    'Mar 04 2026 at 10:05',
    [
      j(
        'I posted the armv7 proposal to the dev list this morning. Short version: stop publishing armv7 release binaries in 3.0,',
        'keep a nightly build on main so we notice breakage. Comments welcome here or on the list.',
      ),
    ],
  ],
  [
    'Ines Barroso-Whitlock',
    'Mar 04 2026 at 10:12',
    [
      j(
        'Sounds right to me. Can we make the nightly job open an issue automatically when it fails? Otherwise I suspect nobody',
        'will look at it until a user complains.',
      ),
    ],
  ],
  ['Tomasz Rydel', 'Mar 04 2026 at 10:15', ['Good idea. The CI already has a hook for the fuzzing jobs that files issues with a label, I can reuse that.']],
  [
    'Gwen Adebayo-Hart',
    'Mar 04 2026 at 11:40',
    [
      j(
        'One thing to check first: the Helm chart still lists armv7 in its supported architectures, and the container images',
        'are built as a multi-arch manifest. If we drop the binaries we should drop the image variant in the same release, or',
        'people pulling the image on a Raspberry Pi 2 will get a confusing error.',
      ),
      'I can do the chart side if someone points me at where the manifest list is generated.',
    ],
  ],
  [
    'Kofi Armitage',
    'Mar 04 2026 at 12:02',
    [
      j(
        'It is in <code>ci/images.yml</code>, the <code>platforms</code> key near the top. I would rather keep the image for one',
        'more minor release and print a deprecation warning at start-up, since images are how most of the appliance folks run it.',
      ),
    ],
  ],
  [
    'Tomasz Rydel',
    'Mar 04 2026 at 12:20',
    [
      j(
        'That is fair. Updated plan: binaries go in 3.0, the image variant goes in 3.1, and 3.0 logs a warning on armv7 that',
        'links to the platform table. I will put this in the pull request description so the council sees the whole thing.',
      ),
    ],
  ],
  ['Ines Barroso-Whitlock', 'Mar 04 2026 at 12:31', ['👍 works for me.']],
  [
    'Gwen Adebayo-Hart',
    'Mar 04 2026 at 13:05',
    [
      j(
        'Also fine by me. I will open a draft pull request for the chart today that keeps armv7 in the manifest for 3.0 but adds a',
        'note to the values file, and I will ask on the appliance forum whether anyone there is still on the older boards.',
      ),
    ],
  ],
];
const zBody = zMsgs.flatMap(([, , ps]) => ps);
const zHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>${zTitle} · dev · Kestrel chat archive</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Public archive of the Kestrel Zulip organisation.">
<link rel="stylesheet" href="/assets/css/style.css?v=4f1a2c"><base href="https://chat-archive.kestrel.dev/">
<script async src="https://stats.kestrel.example/script.js" data-domain="chat-archive.kestrel.dev"></script></head>
<body><div class="wrapper"><header class="archive-header"><a href="https://chat-archive.kestrel.dev/" class="archive-title">Kestrel chat archive</a>
<p class="archive-tagline">A read-only mirror of the public streams on kestrel.zulipchat.com. To join the conversation,
<a href="https://kestrel.zulipchat.com/register/">sign up on Zulip</a>.</p>
<nav class="archive-nav"><a href="stream/101-general/index.html">#general</a> <a href="stream/102-dev/index.html">#dev</a>
<a href="stream/103-releases/index.html">#releases</a> <a href="stream/104-help/index.html">#help</a></nav></header>
<section class="archive-content">
<p class="archive-breadcrumb"><a href="index.html">Streams</a> › <a href="stream/102-dev/index.html">dev</a> › topic</p>
<h1 class="topic-title">${zTitle}</h1>
<h2>Stream: <a href="https://chat-archive.kestrel.dev/stream/102-dev/index.html">dev</a></h2>
<h3>Topic: <a href="https://chat-archive.kestrel.dev/stream/102-dev/topic/armv7.20builds.20after.203.2E0.html">${zTitle}</a></h3>
<hr>
${zMsgs
  .map(
    ([who, when, body], i) => `<a name="4021${i}"></a>
<h4><a href="https://kestrel.zulipchat.com#narrow/stream/102-dev/topic/armv7.20builds/near/4021${i}" class="zl"><img
src="https://chat-archive.kestrel.dev/assets/img/zulip.svg" alt="view this post on Zulip" style="width:20px;height:20px;"></a> ${who}
<a href="https://chat-archive.kestrel.dev/stream/102-dev/topic/armv7.20builds.html#4021${i}">(${when})</a>:</h4>
${body.map((p) => `<p>${p}</p>`).join('\n')}`,
  )
  .join('\n\n')}
<hr>
<p>Last updated: Mar 05 2026 at 00:10 UTC</p>
</section>
<footer class="archive-footer"><p>This archive is generated by zulip-archive and hosted by the Kestrel project.</p>
<p><a href="https://kestrel.dev/code-of-conduct/">Code of conduct</a> · <a href="https://kestrel.dev/privacy/">Privacy</a></p></footer></div>
<script src="/assets/js/scale.fix.js"></script></body></html>`;
const zulip: TestPage = {
  name: 'heldout255-zulip-archive-chat',
  kind: 'forum',
  html: zHtml,
  title: zTitle,
  headings: [],
  body: texts(zBody),
  bylines: [...new Set(zMsgs.map(([who]) => who)), ...zMsgs.map(([, when]) => `(${when})`), 'Last updated: Mar 05 2026 at 00:10 UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Kestrel chat archive', 'A read-only mirror of the public streams on kestrel.zulipchat.com. To join the conversation, sign up on Zulip.',
    '#general', '#dev', '#releases', '#help', 'Streams', 'Stream: dev', `Topic: ${zTitle}`,
    'This archive is generated by zulip-archive and hosted by the Kestrel project.', 'Code of conduct', 'Privacy',
  ],
};

export const HELDOUT255_F: readonly TestPage[] = [zulip, larkwiki];
