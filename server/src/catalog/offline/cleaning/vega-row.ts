/**
 * One row of vega-datasets' `data/movies.json`, exactly as published: the
 * column names are the file's, and any cell may be null.
 *
 * @see https://github.com/vega/vega-datasets/blob/main/data/movies.json
 */
export interface VegaRow {
  Title: string | number | null;
  "US Gross": number | null;
  "Worldwide Gross": number | null;
  "US DVD Sales": number | null;
  "Production Budget": number | null;
  /** "Jun 12 1998". */
  "Release Date": string | null;
  "MPAA Rating": string | null;
  "Running Time min": number | null;
  Distributor: string | null;
  Source: string | null;
  "Major Genre": string | null;
  "Creative Type": string | null;
  Director: string | null;
  "Rotten Tomatoes Rating": number | null;
  "IMDB Rating": number | null;
  "IMDB Votes": number | null;
}

const TEXT_COLUMNS = [
  "Release Date",
  "MPAA Rating",
  "Distributor",
  "Source",
  "Major Genre",
  "Creative Type",
  "Director",
] as const;

const NUMBER_COLUMNS = [
  "US Gross",
  "Worldwide Gross",
  "US DVD Sales",
  "Production Budget",
  "Running Time min",
  "Rotten Tomatoes Rating",
  "IMDB Rating",
  "IMDB Votes",
] as const;

function cell<T>(row: Record<string, unknown>, column: string, type: string, index: number): T {
  const value = row[column] ?? null;
  if (value !== null && typeof value !== type) {
    throw new Error(`movies.json row ${index}: "${column}" should be a ${type} or null`);
  }
  return value as T;
}

/** Checks the file's shape, so a changed upstream fails the build loudly, not the app quietly. */
export function parseVegaRows(json: unknown): VegaRow[] {
  if (!Array.isArray(json)) throw new Error("movies.json should be an array of rows");
  return json.map((value: unknown, index) => {
    if (typeof value !== "object" || value === null) {
      throw new Error(`movies.json row ${index} is not an object`);
    }
    const row = value as Record<string, unknown>;
    const title = row.Title ?? null;
    if (title !== null && typeof title !== "string" && typeof title !== "number") {
      throw new Error(`movies.json row ${index}: "Title" should be text, a number or null`);
    }
    const parsed: Record<string, unknown> = { Title: title };
    for (const column of TEXT_COLUMNS) parsed[column] = cell(row, column, "string", index);
    for (const column of NUMBER_COLUMNS) parsed[column] = cell(row, column, "number", index);
    return parsed as unknown as VegaRow;
  });
}
