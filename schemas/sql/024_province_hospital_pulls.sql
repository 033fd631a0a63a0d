-- The province's second table (各省属医疗机构数据上传省平台情况) is re-rendered from the same stored pull as the
-- first: each city's provincial institutions' lines are kept beside its city line, replaced together.
ALTER TABLE hx.province_pulls ADD COLUMN IF NOT EXISTS hospitals jsonb NOT NULL DEFAULT '[]'::jsonb;
