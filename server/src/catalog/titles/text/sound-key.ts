/**
 * A rough key for how an English word sounds, so words spelled by ear meet the
 * real spelling: "fite" and "fight", "filadelfia" and "philadelphia", "nite"
 * and "night" share a key. Letter groups that sound alike become one letter,
 * silent letters go, vowels after the first letter go, and doubled sounds
 * collapse. Deliberately coarse: it only ever adds candidates, which the title
 * match and the ranking then judge. One pass per word: every title word gets
 * a key while the catalog loads.
 */

const LETTERS_ONLY = /^[a-z]+$/;
const HAS_VOWEL = /[aeiouy]/;
const DOUBLED = /(.)\1+/g;
/** Silent first letters: knight, gnome, pneumonia, write, psycho. */
const SILENT_START = /^(?:[kgp]n|wr|ps)/;
/** Shorter words have too many namesakes by sound to be worth a key. */
const MIN_WORD_LENGTH = 4;

const isVowel = (letter: string) => "aeiouy".includes(letter) && letter !== "";
const softens = (letter: string) => letter !== "" && "eiy".includes(letter);

/** The sound of the letter at `i` (and how many letters it used), given its neighbours. */
function soundAt(word: string, i: number): [sound: string, used: number] {
  const letter = word.charAt(i);
  const next = word.charAt(i + 1);
  const after = word.charAt(i + 2);
  switch (letter) {
    case "p":
      return next === "h" ? ["f", 2] : ["p", 1];
    case "g":
      if (next === "h") return after === "t" || i + 2 === word.length ? ["", 2] : ["g", 2];
      return [softens(next) ? "j" : "g", 1];
    case "b":
      return i === word.length - 1 && word.charAt(i - 1) === "m" ? ["", 1] : ["b", 1];
    case "t":
      if (next === "c" && after === "h") return ["x", 3];
      return next === "h" ? ["0", 2] : ["t", 1];
    case "s":
      if (next === "c" && after === "h") return ["sk", 3];
      return next === "h" ? ["x", 2] : ["s", 1];
    case "c":
      if (next === "h") return ["x", 2];
      if (next === "k") return ["k", 2];
      return [softens(next) ? "s" : "k", 1];
    case "d":
      return next === "g" && softens(after) ? ["j", 2] : ["t", 1];
    case "q":
      return next === "u" ? ["kw", 2] : ["k", 1];
    case "x":
      return ["ks", 1];
    case "z":
      return ["s", 1];
    case "v":
      return ["f", 1];
    case "w":
      return isVowel(next) && next !== "y" ? ["w", 1] : ["", 1];
    case "h":
      return [i === 0 ? "h" : "", 1];
    default:
      return isVowel(letter) ? [i === 0 ? "a" : "", 1] : [letter, 1];
  }
}

/** The sound key of a folded word, or null for short words and words with digits. */
export function soundKey(word: string): string | null {
  if (word.length < MIN_WORD_LENGTH || !LETTERS_ONLY.test(word)) return null;
  // No vowel, no word anyone said aloud ("xkcd", "zzzzqx"): its consonants would
  // sound like some title ("Scott", "Sexy") and pass keyboard noise off as a match.
  if (!HAS_VOWEL.test(word)) return null;
  let spelled = word.replace(DOUBLED, "$1").replace(SILENT_START, (start) => start.slice(1));
  if (spelled.startsWith("x")) spelled = `s${spelled.slice(1)}`;
  if (spelled.startsWith("wh")) spelled = `w${spelled.slice(2)}`;
  let key = "";
  for (let i = 0; i < spelled.length; ) {
    const [sound, used] = soundAt(spelled, i);
    for (const letter of sound) if (!key.endsWith(letter)) key += letter;
    i += used;
  }
  return key.length >= 2 ? key : null;
}
