-- 隶属关系 (administrative affiliation, GB/T 12404 top-level groups) of each registered institution: the province
-- publishes a second table for the institutions affiliated to it (省属医疗机构). NULL = not recorded (unknown).
ALTER TABLE hx.institutions ADD COLUMN IF NOT EXISTS affiliation text
    CHECK (affiliation IN ('中央', '省', '市', '县', '乡镇街道', '村居', '其他'));
