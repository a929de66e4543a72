import { seHtml } from './pages-heldout134-se.js';
import type { SeSite } from './pages-heldout134-se2.js';

/**
 * Held-out batch 134, file b2: the Server Fault question of file b (uploads through a load balancer failing with 502), with
 * question comments and a "Show 1 more comment" link, the open-bounty notice under the question, an accepted and edited
 * answer with a list and code blocks and a second answer, rendered with the Stack Exchange kit.
 */
export const sfBounty = [
  '+100',
  'The bounty expires in 3 days. Answers to this question are eligible for a +100 reputation bounty.',
  'Mateo Ferrante wants to reward an existing answer.',
];
const sfNotice = `<div class="js-bounty-notification"><div class="s-notice s-notice__info mt16 mb16" role="status"><div class="d-flex gs16">
<div class="flex--item"><span class="bounty-award">${sfBounty[0]}</span></div><div class="flex--item fl1"><p class="mb4">${sfBounty[1]}</p>
<p class="mb0">${sfBounty[2]}</p></div></div></div></div>`;
export const sfSite: SeSite = {
  name: 'Server Fault',
  host: 'serverfault.com',
  slug: 'serverfault',
  title: 'nginx reverse proxy returns 502 for uploads over 64 MB, but only through the load balancer',
  asked: '2 weeks ago',
  modified: '3 days ago',
  viewed: '2k times',
  tags: ['nginx', 'reverse-proxy', 'load-balancing', 'http-status-code-502'],
  notice: sfNotice,
  question: {
    id: '1172450',
    score: '11',
    blocks: [
      `We run an internal document service behind nginx 1.24 on two Debian 12 VMs, with a hardware load balancer in front of them. Small
uploads work fine. Anything larger than about 64 MB fails after roughly thirty seconds with a 502 from nginx, but only when the request
comes through the load balancer. Uploading straight to either VM works every time, even with files of several gigabytes.`,
      'The relevant part of the server block:',
      '```location /upload {\n    client_max_body_size 8g;\n    proxy_pass http://127.0.0.1:8040;\n    proxy_read_timeout 120s;\n}',
      'The nginx error log shows this line for every failed upload:',
      '```upstream prematurely closed connection while reading response header from upstream',
      `The application itself logs nothing at all for those requests, so it looks as if the body never reaches it. What else could be
different between the two paths?`,
    ],
    user: 'Priya Raghunathan',
    rep: '421',
    badges: ['', '3', '11'],
    when: 'Feb 21 at 15:02',
    edited: 'edited Feb 21 at 15:40',
    more: 'Show 1 more comment',
    comments: [
      {
        score: '4',
        text: `What does the load balancer do with the request body? Some of them buffer the whole upload before forwarding it, which would
explain both the delay and the size threshold.`,
        user: 'Halvard Brekke',
        date: 'Feb 21 at 16:11',
      },
      {
        score: '0',
        text: '@HalvardBrekke it runs in proxy mode with the vendor defaults. I will find out whether buffering is on and report back.',
        user: 'Priya Raghunathan',
        date: 'Feb 21 at 16:35',
      },
    ],
  },
  answers: [
    {
      id: '1172498',
      score: '14',
      accepted: true,
      blocks: [
        `This is almost certainly request buffering combined with an idle timeout on the back-end side of the load balancer. With
buffering on, nginx receives the whole upload first and writes it to a temporary file, and only then opens the connection to
your application. While that happens, nothing moves on the connection between the load balancer and nginx.`,
        'Two settings usually line up to cause exactly this pattern:',
        "- The load balancer's server-side idle timeout, which on many models defaults to 30 seconds.",
        '- nginx buffering the request body to disk before passing it on, so the application only starts working once the full body has arrived.',
        'Turn off request buffering for that location so the body is streamed to the application as it comes in:',
        '```proxy_request_buffering off;\nproxy_http_version 1.1;',
        `Then raise the server-side idle timeout on the load balancer to something longer than your slowest upload takes to be written.
After both changes we upload 4 GB files through the same kind of setup without errors.`,
      ],
      user: 'Lucia Ferreira-Blom',
      rep: '23.9k',
      badges: ['4', '38', '67'],
      when: 'Feb 22 at 8:14',
      edited: 'edited Feb 24 at 19:30',
      comments: [
        {
          score: '2',
          text: `That was it. The idle timeout on the back-end profile was 30 seconds. Raising it to 300 fixed the errors even before I changed
the nginx side, but I have turned buffering off as well.`,
          user: 'Priya Raghunathan',
          date: 'Feb 22 at 13:50',
        },
      ],
    },
    {
      id: '1172533',
      score: '3',
      blocks: [
        `Also check <code>client_body_timeout</code> and <code>proxy_read_timeout</code> on the nginx side. The defaults are 60 seconds,
which is fine for most uploads but not if the application scans each file before it replies.`,
        `If your load balancer supports it, give the pool a health check that sends a large request too. Otherwise the pool looks healthy
while real uploads are failing, which is how this went unnoticed for a week on our side.`,
      ],
      user: 'ops_tamsin',
      rep: '2,087',
      badges: ['1', '9', '24'],
      when: 'Feb 23 at 11:02',
      comments: [],
    },
  ],
  blog: ['Why your incident reviews keep finding the same cause', 'The quiet rise of the regional data centre'],
  meta: ['Server Fault will be read-only for a short maintenance window', 'Should questions about home labs be on-topic?'],
  related: [
    ['27', 'nginx 502 Bad Gateway with large POST requests'],
    ['5', 'Load balancer closes idle back-end connections after 30 seconds'],
    ['62', 'What does proxy_request_buffering actually change?'],
    ['1', 'Uploads stall at exactly 64 MB behind a reverse proxy'],
  ],
  hot: [
    'Which bird was the first to be ringed for migration studies?',
    'Can a tenant refuse a landlord’s request to install a smart meter?',
    'How do I stop my bread from collapsing on the second rise?',
    'Why is the letter ‘w’ called double-u and not double-v?',
  ],
};
export const sfHtml = seHtml(sfSite);
