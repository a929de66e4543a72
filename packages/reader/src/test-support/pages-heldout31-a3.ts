/**
 * Held-out batch 31, file a3: the posts of the Discourse topic of file a (its page is too long for one file): each post's
 * number, username, full name, short (Ember) and long (crawler) dates, like count and cooked blocks.
 */
export interface DcPost {
  n: number;
  user: string;
  full: string;
  short: string;
  long: string;
  likes: number;
  /** Cooked HTML blocks: a string is a paragraph, `{ code }` a code block, `{ ol }` an ordered list. */
  blocks: (string | { code: string } | { ol: string[] })[];
}
export const dcTitle = 'Thumbnails regenerate after every container restart';
const dcCompose = [
  'services:',
  '  lumenvault:',
  '    image: ghcr.io/lumenvault/server:2.8.0',
  '    volumes:',
  '      - /srv/photos:/data/library',
  '      - /srv/lumenvault/db:/data/db',
  '    restart: unless-stopped',
].join('\n');
export const dcPosts: DcPost[] = [
  {
    n: 1,
    user: 'kestrel_ops',
    full: 'Hanna Vos',
    short: 'Mar 4',
    long: 'March 4, 2025,  3:12pm',
    likes: 2,
    blocks: [
      'Since upgrading our family server from 2.7.3 to 2.8.0 last weekend, Lumenvault rebuilds every thumbnail whenever the container ' +
        'restarts. With about 41,000 photos that takes most of a night, and the web UI is close to unusable while it runs.',
      'Nothing else seems to be lost: albums, faces and tags are all still there after a restart. It is only the thumbnail cache that ' +
        'starts from zero. The log shows a long run of lines like this one:',
      { code: '[thumbs] cache miss for asset 8f2c41d0, generating 3 sizes' },
      'This is the relevant part of my compose file. It has not changed since 2.6, apart from the image tag:',
      { code: dcCompose },
      'Has anyone else seen this? I would rather not roll back if there is a simple fix.',
    ],
  },
  {
    n: 2,
    user: 'rbauer',
    full: 'Rafael Bauer',
    short: 'Mar 4',
    long: 'March 4, 2025,  4:40pm',
    likes: 0,
    blocks: [
      'Thanks for the detailed report. Could you run <code>docker exec lumenvault ls -la /data</code> and post the output? I want to see ' +
        'whether a new folder appeared next to the ones you mounted. Also, which host OS and storage driver are you on?',
    ],
  },
  {
    n: 3,
    user: 'kestrel_ops',
    full: 'Hanna Vos',
    short: 'Mar 4',
    long: 'March 4, 2025,  6:05pm',
    likes: 0,
    blocks: [
      'Debian 12 with the default overlay2 driver. The listing shows my library and db folders, plus a cache folder I never created, ' +
        'owned by uid 1000 and dated today. It is empty after every restart.',
    ],
  },
  {
    n: 4,
    user: 'ottoline',
    full: 'Otto Lindqvist',
    short: 'Mar 5',
    long: 'March 5, 2025,  7:58am',
    likes: 3,
    blocks: [
      'Same here on Unraid, 2.8.0, roughly 12,000 photos. I assumed the slow startup was the new face model downloading, so thanks for ' + 'narrowing it down.',
    ],
  },
  {
    n: 5,
    user: 'rbauer',
    full: 'Rafael Bauer',
    short: 'Mar 5',
    long: 'March 5, 2025,  9:21am',
    likes: 14,
    blocks: [
      'That confirms it. In 2.8 we moved the thumbnail cache out of the library folder, so that backups of the library no longer ' +
        'carry tens of gigabytes of derived files. The new default location is <code>/data/cache</code>, and unless that path is on a ' +
        'volume it lives in the container’s writable layer, which is thrown away every time the container is recreated.',
      'The fix is to mount the new path as well:',
      {
        ol: [
          'Stop the container.',
          'Add a volume for <code>/data/cache</code> to your compose file, next to the library and db volumes.',
          'Optionally, move the old <code>thumbs</code> folder from your library into the new cache volume, so the first start does ' +
            'not have to rebuild anything.',
          'Start the container again and look for the log line that reports the cache location.',
        ],
      },
      { code: '      - /srv/lumenvault/cache:/data/cache' },
      'The release notes did mention the move, but only in one sentence near the bottom. I have opened an issue to add a warning at ' +
        'startup when the cache path is not persistent. Sorry about the lost nights.',
    ],
  },
  {
    n: 6,
    user: 'kestrel_ops',
    full: 'Hanna Vos',
    short: 'Mar 5',
    long: 'March 5, 2025, 10:47am',
    likes: 1,
    blocks: [
      'That was it. I moved the old thumbs folder across as you suggested, and the container now comes back in under a minute with ' +
        'every thumbnail intact. Marking this as the solution.',
    ],
  },
  {
    n: 7,
    user: 'ottoline',
    full: 'Otto Lindqvist',
    short: 'Mar 6',
    long: 'March 6, 2025,  8:12pm',
    likes: 2,
    blocks: [
      'Worked for me too. One note for other Unraid users: the template in Community Applications still has only the two old paths, ' +
        'so you have to add the third one by hand until it is updated.',
    ],
  },
  {
    n: 8,
    user: 'rbauer',
    full: 'Rafael Bauer',
    short: 'Mar 7',
    long: 'March 7, 2025, 11:03am',
    likes: 1,
    blocks: [
      'Good point, thanks. I have written to the template maintainer, and 2.8.1 will log a warning at startup whenever the cache ' +
        'folder is not on a mounted volume.',
    ],
  },
];
