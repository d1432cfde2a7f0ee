import { useEffect, useState } from 'react';

declare global {
  interface Window {
    __events: { type: string; id: string; code: string }[];
    __update: () => void;
  }
}
window.__events = [];

// Objects, passed as properties: React 19 sets them on the element, not as "[object Object]".
const dataset = {
  source: { id: 'demo', title: 'Số liệu minh hoạ', date: '2023-02-25' },
  indicators: [
    {
      id: 'ho-so-truc-tuyen',
      name: 'Tỷ lệ hồ sơ xử lý trực tuyến',
      unit: '%',
      observations: [{ period: '2022', value: 54.34 }],
      targets: [{ period: '2022', op: '>=', value: 50 }],
    },
    {
      id: 'co-quan-du-lieu-mo',
      name: 'Tỷ lệ cơ quan cung cấp dữ liệu mở',
      unit: '%',
      observations: [{ period: '2022', value: 11.8 }],
      targets: [{ period: '2022', op: '>=', value: 50 }],
    },
  ],
};
const regional = { '01': 0.81, '79': 0.72, '48': 0.8 };

export function App() {
  const [value, setValue] = useState(54.34);
  const [heard, setHeard] = useState<string[]>([]);
  useEffect(() => {
    window.__update = () => setValue(61.2);
  }, []);
  const record = (e: Event) => {
    const target = e.target as HTMLElement;
    window.__events.push({
      type: e.type,
      id: target.id,
      code: (e as { code?: string }).code ?? '',
    });
    setHeard((h) => [...h, `${e.type}@${target.id}`]);
  };
  return (
    <>
      <cds-kpi-gauge
        id="gauge"
        variant="ring"
        indicator={{
          name: 'Tỷ lệ hồ sơ xử lý trực tuyến',
          value,
          target: 50,
          unit: '%',
          period: '2022',
        }}
      />
      <cds-kpi-gauge
        id="bad-gauge"
        indicator={{ name: 'Sai', value: 'nhiều' }}
        oncds-error={record}
      />
      <cds-target-table id="table" data={dataset} />
      <div style={{ width: 560 }}>
        <cds-province-map
          id="map"
          data={regional}
          name="Chỉ số DTI"
          unit="index"
          oncds-province-select={record}
        />
      </div>
      <output id="heard">{heard.join(' ')}</output>
    </>
  );
}
