/**
 * Held-out batch 146, file a3: the question, answer and comment texts of the Unix & Linux Stack Exchange page in file a.
 */
export const seTitle = "Why doesn't find -mtime +1 match a file modified 36 hours ago?";
export const seQ = [
  'I have a cleanup job that is supposed to delete log files older than a day. A file that was last written 36 hours ago is not ' +
    'being picked up, and I can’t work out why.',
  'The file is clearly more than 24 hours old, so I expected <code>-mtime +1</code> to match it. If I change it to <code>-mtime +0</code> ' +
    'the file shows up, but so do files from this morning, which I don’t want.',
  'Is this a bug in my version of find (GNU findutils 4.9.0 on Debian 12), or am I misreading what <code>+1</code> means?',
];
export const seQCode = `$ stat -c '%y %n' app-0301.log
2025-03-02 02:10:44.000000000 +0100 app-0301.log
$ date
Mon Mar  3 14:20:05 CET 2025
$ find . -name '*.log' -mtime +1
$`;
export const seQComments = [
  {
    text: 'Try <code>-mmin +1440</code> and see whether the file is matched then. That would tell you whether it is the rounding.',
    user: 'Petra Lindqvist',
    date: 'Mar 3, 2025 at 14:31',
    score: '',
  },
  {
    text: '@PetraLindqvist yes, <code>-mmin +1440</code> matches it. So it is the rounding, but I still don’t understand what the rounding is.',
    user: 'Olek Marsh',
    date: 'Mar 3, 2025 at 14:44',
    score: '',
  },
];
export const seA1 = [
  'It is not a bug. <code>find</code> measures the age of a file in whole days, and it throws the fraction away before it compares. ' +
    'Your file is 36 hours old, which is 1.5 days, and that becomes 1. The test <code>+1</code> means “more than 1”, and 1 is not ' +
    'more than 1, so the file is skipped.',
  'Put another way, the three forms of the test look at the same truncated number:',
];
export const seA1List = [
  '<code>-mtime 1</code> matches files whose age, rounded down, is exactly 1 day, so anything from 24 up to (but not including) 48 hours old.',
  '<code>-mtime +1</code> matches files whose rounded-down age is 2 or more, which means at least 48 hours old.',
  '<code>-mtime -1</code> matches files whose rounded-down age is 0, so less than 24 hours old.',
];
export const seA1b = [
  'That is why <code>+0</code> catches your file: its truncated age of 1 is more than 0. It also catches everything that is at ' +
    'least 24 hours old, which is exactly the set you asked for in the first place. Many people are surprised by this, because the ' +
    'number after the plus reads like “older than one day” when in practice it means “older than two”.',
  'If you want a precise threshold, use minutes, which are counted the same way but with a much finer unit:',
];
export const seA1Code = "find . -name '*.log' -mmin +1440 -delete";
export const seA1c = [
  'GNU find also has <code>-daystart</code>, which measures from the start of today rather than from now. That is handy for a ' +
    'nightly job, because the cut-off then does not drift with the time the job happens to run.',
];
export const seA1Comments = [
  {
    text: 'That makes sense now, thank you. I switched the job to <code>-mmin +1440</code> and it picked up the file on the next run.',
    user: 'Olek Marsh',
    date: 'Mar 3, 2025 at 16:05',
    score: '3',
  },
  {
    text: 'Worth adding that the same rounding applies to <code>-atime</code> and <code>-ctime</code>, which caught me out on a backup script years ago.',
    user: 'Harriet Osei',
    date: 'Mar 4, 2025 at 07:52',
    score: '5',
  },
];
export const seA2 = [
  'The accepted answer covers the why. For a cleanup job I would avoid the day tests altogether and compare against a reference ' +
    'time that you can read and check:',
  "With GNU find you can skip the temporary file and write <code>-newermt '1 day ago'</code> instead. Either way the cut-off is a " +
    'real timestamp, so there is no rounding to reason about, and you can print it with <code>stat</code> when the job does ' +
    'something you did not expect.',
  'One caution: test with <code>-print</code> before you add <code>-delete</code>. I have seen a missing <code>-name</code> wipe out ' +
    'far more than anyone intended.',
];
export const seA2Code = `touch -d '1 day ago' /tmp/cutoff
find . -name '*.log' ! -newer /tmp/cutoff -delete`;
