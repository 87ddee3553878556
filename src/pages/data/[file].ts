// /data/<name>.json, .csv and .schema.json for every dataset (built in src/data/open-data.ts).
import type { APIRoute } from 'astro';
import { dataFilePath, formats, openData, type Format } from '../../data/open-data.ts';
import { openDataSchemas, type DatasetName } from '../../schemas/open-data.ts';

const types: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
};

export function getStaticPaths() {
  return (Object.keys(openDataSchemas) as DatasetName[]).flatMap((name) =>
    (Object.keys(formats) as Format[]).map((format) => ({
      params: { file: dataFilePath(name, format).slice('/data/'.length) },
      props: { name, format },
    })),
  );
}

export const GET: APIRoute<{ name: DatasetName; format: Format }> = async ({ props: { name, format }, site }) => {
  const dataset = (await openData(site!)).find((d) => d.name === name)!;
  return new Response(dataset.files[format], { headers: { 'content-type': types[format] } });
};
