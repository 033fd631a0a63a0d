#!/usr/bin/env python3
"""Generate the HealthExchange required-table catalogues and value sets.

Writes (relative to the repository root):
  schemas/catalogue/hospital.yaml   83 tables, kind hospital  (医院规定上传数据表目录)
  schemas/catalogue/district.yaml  129 tables, kind district  (区县/社区规定上传数据表目录)
  schemas/valuesets/<id>.yaml       one file per value set

Inputs
  /work/shared/samples/catalogue-sources/wst500_document_types.csv      WS/T 500 document types C0001-C0053
  /work/shared/samples/catalogue-sources/ws363_like_data_elements_zhtool_MyBat.csv   WS 363-style data elements
  /work/shared/samples/catalogue-sources/hic-demo_HDW_interop_tables_columns.tsv     a vendor's exchange tables
      (read for provenance: the column content of the clinical tables follows these vendor tables; the
       script reports which vendor table each catalogue table was modelled on)
  tools/catalogue/frozen_outpatient_visit.yaml   the bootstrap outpatient_visit table, emitted unchanged
  the hand-curated definitions below: value sets, a column library and one definition per table.

Column definitions use a one-line notation, one column per line:
  name[!] | nameZh | nameEn | type [| el:<WS 363 name or DE code or ->] [| vs:<value set>] [| p:<personal>]
  '!' marks required. Without el:, the element is taken from the WS 363 source when nameZh equals a
  data-element name there exactly; el:- suppresses that. A line holding only a name (optionally with '!')
  takes the column from the library; 'name[!] | nameZh | nameEn' takes it from the library with new labels.

Run:  python3 tools/catalogue/build_catalogue.py [--sources DIR] [--check-only] [--verbose] [--doc-index]
The script ends with a self-check and exits non-zero when any check fails.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections import Counter, OrderedDict

import yaml

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
DEFAULT_SOURCES = '/work/shared/samples/catalogue-sources'
HERE = os.path.dirname(os.path.abspath(__file__))

RESERVED = {'institution_code', 'batch_id', 'row_no', 'first_uploaded_at', 'uploaded_at', 'loaded_at',
            'source_kind', 'source_document_id'}
NAME_RE = re.compile(r'^[a-z][a-z0-9_]{0,40}$')
CODE_RE = re.compile(r'^[a-z][a-z0-9_]{1,40}$')
TYPE_RE = re.compile(r'^(string|code)\((\d{1,4})\)$|^decimal\((\d{1,2}),(\d{1,2})\)$|^(integer|date|datetime|boolean)$')
PERSONAL = {'national_id', 'name', 'phone', 'address', 'none'}
ISO_DURATION = re.compile(r'^P(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?$')

# ---------------------------------------------------------------------------------------------------
# Value sets. Header line: id | nameZh | nameEn | source [| oid:...] [| pattern:...]; then code | zh | en.
# "platform" in a source means the codes are assigned by this platform (no national code list was
# available to us or the national one is not used in practice); the meaning follows the cited document.
# OIDs are given only where they were seen in public WS/T 500 sample documents.
# ---------------------------------------------------------------------------------------------------
VALUE_SETS_TEXT = r'''
@ gb_t_2261_1_sex | 人的性别代码 | Sex | GB/T 2261.1-2003 人的性别代码 | oid:2.16.156.10011.2.3.3.4
0 | 未知的性别 | Unknown
1 | 男 | Male
2 | 女 | Female
9 | 未说明的性别 | Not stated

@ gb_t_2261_2_marital | 婚姻状况代码 | Marital status | GB/T 2261.2-2003 婚姻状况代码 | oid:2.16.156.10011.2.3.3.5
10 | 未婚 | Never married
20 | 已婚 | Married
21 | 初婚 | First marriage
22 | 再婚 | Remarried
23 | 复婚 | Remarried to former spouse
30 | 丧偶 | Widowed
40 | 离婚 | Divorced
90 | 未说明的婚姻状况 | Not stated

@ gb_3304_ethnicity | 中国各民族名称的罗马字母拼写法和代码 | Ethnic group | GB 3304-1991 中国各民族名称的罗马字母拼写法和代码 (01-56; 97/98 as in GB 3304) | oid:2.16.156.10011.2.3.3.3
01 | 汉族 | Han
02 | 蒙古族 | Mongol
03 | 回族 | Hui
04 | 藏族 | Tibetan
05 | 维吾尔族 | Uyghur
06 | 苗族 | Miao
07 | 彝族 | Yi
08 | 壮族 | Zhuang
09 | 布依族 | Bouyei
10 | 朝鲜族 | Korean
11 | 满族 | Manchu
12 | 侗族 | Dong
13 | 瑶族 | Yao
14 | 白族 | Bai
15 | 土家族 | Tujia
16 | 哈尼族 | Hani
17 | 哈萨克族 | Kazak
18 | 傣族 | Dai
19 | 黎族 | Li
20 | 傈僳族 | Lisu
21 | 佤族 | Va
22 | 畲族 | She
23 | 高山族 | Gaoshan
24 | 拉祜族 | Lahu
25 | 水族 | Sui
26 | 东乡族 | Dongxiang
27 | 纳西族 | Naxi
28 | 景颇族 | Jingpo
29 | 柯尔克孜族 | Kirgiz
30 | 土族 | Tu
31 | 达斡尔族 | Daur
32 | 仫佬族 | Mulam
33 | 羌族 | Qiang
34 | 布朗族 | Blang
35 | 撒拉族 | Salar
36 | 毛南族 | Maonan
37 | 仡佬族 | Gelao
38 | 锡伯族 | Xibe
39 | 阿昌族 | Achang
40 | 普米族 | Pumi
41 | 塔吉克族 | Tajik
42 | 怒族 | Nu
43 | 乌孜别克族 | Uzbek
44 | 俄罗斯族 | Russ
45 | 鄂温克族 | Ewenki
46 | 德昂族 | Deang
47 | 保安族 | Bonan
48 | 裕固族 | Yugur
49 | 京族 | Gin
50 | 塔塔尔族 | Tatar
51 | 独龙族 | Derung
52 | 鄂伦春族 | Oroqen
53 | 赫哲族 | Hezhen
54 | 门巴族 | Monba
55 | 珞巴族 | Lhoba
56 | 基诺族 | Jino
97 | 其他未识别民族 | Other (unrecognised) ethnic group
98 | 外国血统中国籍人士 | Chinese citizen of foreign origin

@ id_document_type | 身份证件类别代码 | Identity document type | WS 364 CV02.01.101 身份证件类别代码表
01 | 居民身份证 | Resident identity card
02 | 居民户口簿 | Household register
03 | 护照 | Passport
04 | 军官证 | Military officer card
05 | 驾驶证 | Driving licence
06 | 港澳居民来往内地通行证 | Mainland travel permit for Hong Kong and Macao residents
07 | 台湾居民来往内地通行证 | Mainland travel permit for Taiwan residents
99 | 其他法定有效证件 | Other legally valid document

@ visit_type | 患者类型代码 | Patient (visit) type | WS 364 CV09.00.404 患者类型代码表 (1 门诊, 2 急诊, 3 住院, 9 其他); 4 体检 is a platform extension for health-check lab and exam reports. The national list was not available to us: verify before relying on 4. | oid:2.16.156.10011.2.3.1.271
1 | 门诊 | Outpatient
2 | 急诊 | Emergency
3 | 住院 | Inpatient
4 | 体检 | Health check
9 | 其他 | Other

@ admission_route | 入院途径代码 | Admission route | WS 364 CV09.00.403 入院途径代码表 (住院病案首页) | oid:2.16.156.10011.2.3.1.270
1 | 急诊 | Emergency department
2 | 门诊 | Outpatient clinic
3 | 其他医疗机构转入 | Transfer from another institution
9 | 其他 | Other

@ discharge_disposition | 离院方式代码 | Discharge disposition | WS 364 CV06.00.226 离院方式代码表 (住院病案首页 离院方式)
1 | 医嘱离院 | Discharged as ordered
2 | 医嘱转院 | Transferred to another hospital as ordered
3 | 医嘱转社区卫生服务机构/乡镇卫生院 | Transferred to a community health centre or township health centre as ordered
4 | 非医嘱离院 | Left against medical advice
5 | 死亡 | Died
9 | 其他 | Other

@ department | 诊疗科目代码 | Department (clinical service category) | 《医疗机构诊疗科目名录》(卫医发〔1994〕27号, with later additions 疼痛科 27 and 重症医学科 28); codes written with dots as in the 名录 (e.g. 03.04 心血管内科专业). Institutions map their internal departments to these codes (see dict_department).
01 | 预防保健科 | Preventive care
02 | 全科医疗科 | General practice
03 | 内科 | Internal medicine
03.01 | 呼吸内科专业 | Respiratory medicine
03.02 | 消化内科专业 | Gastroenterology
03.03 | 神经内科专业 | Neurology
03.04 | 心血管内科专业 | Cardiology
03.05 | 血液内科专业 | Haematology
03.06 | 肾病学专业 | Nephrology
03.07 | 内分泌专业 | Endocrinology
03.08 | 免疫学专业 | Clinical immunology
03.09 | 变态反应专业 | Allergy
03.10 | 老年病专业 | Geriatrics
03.11 | 其他 | Internal medicine, other
04 | 外科 | Surgery
04.01 | 普通外科专业 | General surgery
04.02 | 神经外科专业 | Neurosurgery
04.03 | 骨科专业 | Orthopaedics
04.04 | 泌尿外科专业 | Urology
04.05 | 胸外科专业 | Thoracic surgery
04.06 | 心脏大血管外科专业 | Cardiac and great-vessel surgery
04.07 | 烧伤科专业 | Burns
04.08 | 整形外科专业 | Plastic surgery
04.09 | 其他 | Surgery, other
05 | 妇产科 | Obstetrics and gynaecology
05.01 | 妇科专业 | Gynaecology
05.02 | 产科专业 | Obstetrics
05.03 | 计划生育专业 | Family planning
05.04 | 优生学专业 | Eugenics
05.05 | 生殖健康与不孕症专业 | Reproductive health and infertility
05.06 | 其他 | Obstetrics and gynaecology, other
06 | 妇女保健科 | Women's health care
07 | 儿科 | Paediatrics
07.01 | 新生儿专业 | Neonatology
07.02 | 小儿传染病专业 | Paediatric infectious diseases
07.03 | 小儿消化专业 | Paediatric gastroenterology
07.04 | 小儿呼吸专业 | Paediatric respiratory medicine
07.05 | 小儿心脏病专业 | Paediatric cardiology
07.06 | 小儿肾病专业 | Paediatric nephrology
07.07 | 小儿血液病专业 | Paediatric haematology
07.08 | 小儿神经病学专业 | Paediatric neurology
07.09 | 小儿内分泌专业 | Paediatric endocrinology
07.10 | 小儿遗传病专业 | Paediatric genetic diseases
07.11 | 小儿免疫专业 | Paediatric immunology
07.12 | 其他 | Paediatrics, other
08 | 小儿外科 | Paediatric surgery
09 | 儿童保健科 | Child health care
10 | 眼科 | Ophthalmology
11 | 耳鼻咽喉科 | Otorhinolaryngology
12 | 口腔科 | Stomatology
13 | 皮肤科 | Dermatology
14 | 医疗美容科 | Medical cosmetology
15 | 精神科 | Psychiatry
16 | 传染科 | Infectious diseases
17 | 结核病科 | Tuberculosis
18 | 地方病科 | Endemic diseases
19 | 肿瘤科 | Oncology
20 | 急诊医学科 | Emergency medicine
21 | 康复医学科 | Rehabilitation medicine
22 | 运动医学科 | Sports medicine
23 | 职业病科 | Occupational diseases
24 | 临终关怀科 | Hospice care
25 | 特种医学与军事医学科 | Special and military medicine
26 | 麻醉科 | Anaesthesiology
27 | 疼痛科 | Pain medicine
28 | 重症医学科 | Critical care medicine
30 | 医学检验科 | Laboratory medicine
31 | 病理科 | Pathology
32 | 医学影像科 | Medical imaging
32.01 | X线诊断专业 | X-ray diagnosis
32.02 | CT诊断专业 | CT diagnosis
32.03 | 磁共振成像诊断专业 | MRI diagnosis
32.04 | 核医学专业 | Nuclear medicine
32.05 | 超声诊断专业 | Ultrasound diagnosis
32.06 | 心电诊断专业 | Electrocardiography
32.07 | 脑电及脑血流图诊断专业 | EEG and cerebral blood-flow diagnosis
32.08 | 神经肌肉电图专业 | Electromyography
32.09 | 介入放射学专业 | Interventional radiology
32.10 | 放射治疗专业 | Radiotherapy
32.11 | 其他 | Medical imaging, other
50 | 中医科 | Traditional Chinese medicine
51 | 民族医学科 | Ethnic medicine
52 | 中西医结合科 | Integrated Chinese and western medicine
69 | 其他业务科室 | Other clinical departments

@ icd10 | 疾病分类代码(ICD-10) | Disease code (ICD-10) | ICD-10 as adopted in GB/T 14396-2016 and the 国家临床版 2.0 extension codes (e.g. E11.900, I10.x00x002). Structural rule only: a letter, two digits, optionally a dot with 1-4 digits/letters, optionally an x-extension of three digits, optionally a dagger (+) or asterisk (*). | oid:2.16.156.10011.2.3.3.11 | pattern:^[A-Z][0-9]{2}(\.[0-9A-Za-z]{1,4}(x[0-9]{3})?)?[+*]?$

@ icd9cm3 | 手术操作分类代码(ICD-9-CM-3) | Procedure code (ICD-9-CM-3) | ICD-9-CM-3 国家临床版 3.0 (e.g. 36.0600, 47.0100x001). Structural rule only: two digits, optionally a dot with 1-4 digits and an x-extension of three digits. | pattern:^[0-9]{2}(\.[0-9]{1,4}(x[0-9]{3})?)?$

@ icd_o_3_morphology | 肿瘤形态学编码(ICD-O-3) | Tumour morphology (ICD-O-3) | ICD-O-3 morphology code with behaviour digit (e.g. 8140/3). Structural rule only. | pattern:^M?[0-9]{4}/[0-369]$

@ gb_t_2260_division | 行政区划代码 | Administrative division code | GB/T 2260 (6 digits, county level) optionally extended to the 9-digit (乡镇/街道) or 12-digit (村/居委会) 统计用区划代码 of the National Bureau of Statistics. Structural rule only. | pattern:^[1-9][0-9]{5}([0-9]{3}([0-9]{3})?)?$

@ yes_no | 是否标志 | Yes/no flag | platform: the bootstrap table codes 初诊标志 as 1/0; other flags in the catalogue are typed boolean
1 | 是 | Yes
0 | 否 | No

@ abo_blood_type | ABO血型代码 | ABO blood group | WS 364 CV04.50.005 ABO血型代码表 | oid:2.16.156.10011.2.3.1.85
1 | A型 | A
2 | B型 | B
3 | O型 | O
4 | AB型 | AB
5 | 不详 | Unknown
6 | 未查 | Not tested

@ rh_blood_type | Rh(D)血型代码 | Rh(D) blood group | WS 364 Rh(D)血型代码表 (住院病案首页 Rh: 1 阴 2 阳 3 不详 4 未查) | oid:2.16.156.10011.2.3.1.250
1 | 阴性 | Negative
2 | 阳性 | Positive
3 | 不详 | Unknown
4 | 未查 | Not tested

@ education | 学历代码 | Educational attainment | GB/T 4658-2006 学历代码 | oid:2.16.156.10011.2.3.3.6
10 | 研究生教育 | Postgraduate education
11 | 博士研究生毕业 | Doctoral graduate
12 | 博士研究生结业 | Doctoral study completed without degree
13 | 博士研究生肄业 | Doctoral study not completed
14 | 硕士研究生毕业 | Master's graduate
15 | 硕士研究生结业 | Master's study completed without degree
16 | 硕士研究生肄业 | Master's study not completed
17 | 研究生班毕业 | Postgraduate class graduate
18 | 研究生班结业 | Postgraduate class completed
19 | 研究生班肄业 | Postgraduate class not completed
20 | 大学本科教育 | Undergraduate education
21 | 大学本科毕业 | Bachelor graduate
22 | 大学本科结业 | Bachelor study completed without degree
23 | 大学本科肄业 | Bachelor study not completed
28 | 大学普通班毕业 | University general class graduate
30 | 大学专科教育 | Junior college education
31 | 大学专科毕业 | Junior college graduate
32 | 大学专科结业 | Junior college completed
33 | 大学专科肄业 | Junior college not completed
40 | 中等职业教育 | Secondary vocational education
41 | 中等专科毕业 | Secondary specialised school graduate
42 | 中等专科结业 | Secondary specialised school completed
43 | 中等专科肄业 | Secondary specialised school not completed
44 | 职业高中毕业 | Vocational high school graduate
45 | 职业高中结业 | Vocational high school completed
46 | 职业高中肄业 | Vocational high school not completed
47 | 技工学校毕业 | Technical school graduate
48 | 技工学校结业 | Technical school completed
49 | 技工学校肄业 | Technical school not completed
60 | 普通高级中学教育 | General senior secondary education
61 | 普通高中毕业 | Senior high school graduate
62 | 普通高中结业 | Senior high school completed
63 | 普通高中肄业 | Senior high school not completed
70 | 初级中学教育 | Junior secondary education
71 | 初中毕业 | Junior high school graduate
73 | 初中肄业 | Junior high school not completed
80 | 小学教育 | Primary education
81 | 小学毕业 | Primary school graduate
83 | 小学肄业 | Primary school not completed
90 | 其他 | Other

@ occupation | 从业状况(个人身份)代码 | Occupation (personal status) | GB/T 2261.4-2003 从业状况(个人身份)代码, the list used by the 住院病案首页 职业 field | oid:2.16.156.10011.2.3.3.13
11 | 国家公务员 | Civil servant
13 | 专业技术人员 | Professional or technical staff
17 | 职员 | Office staff
21 | 企业管理人员 | Enterprise manager
24 | 工人 | Worker
27 | 农民 | Farmer
31 | 学生 | Student
37 | 现役军人 | Active military
51 | 自由职业者 | Freelancer
54 | 个体经营者 | Self-employed
70 | 无业人员 | Unemployed
80 | 退(离)休人员 | Retired
90 | 其他 | Other

@ occupation_category | 职业(健康档案) | Occupation (health record) | 国家基本公共卫生服务规范(第三版) 个人基本信息表 职业 options (after GB/T 6565 major groups)
0 | 国家机关、党群组织、企业、事业单位负责人 | Head of state organ, party or mass organisation, enterprise or institution
1 | 专业技术人员 | Professional or technical staff
2 | 办事人员和有关人员 | Clerical and related staff
3 | 商业、服务业人员 | Commerce and service staff
4 | 农、林、牧、渔、水利业生产人员 | Agriculture, forestry, animal husbandry, fishery and water-conservancy workers
5 | 生产、运输设备操作人员及有关人员 | Production and transport equipment operators
6 | 军人 | Military
7 | 不便分类的其他从业人员 | Other employed persons
8 | 无职业 | No occupation

@ relationship | 家庭关系代码 | Family relationship | GB/T 4761-2008 家庭关系代码, first-digit classes (as used by the 住院病案首页 联系人关系); 9 非亲属 is a platform extension | oid:2.16.156.10011.2.3.3.8
0 | 本人或户主 | Self or head of household
1 | 配偶 | Spouse
2 | 子 | Son
3 | 女 | Daughter
4 | 孙子、孙女或外孙子、外孙女 | Grandchild
5 | 父母 | Parent
6 | 祖父母或外祖父母 | Grandparent
7 | 兄、弟、姐、妹 | Sibling
8 | 其他亲属 | Other relative
9 | 非亲属 | Not a relative

@ medical_payment_method | 医疗付费方式代码 | Medical payment method | WS 364 CV07.10.005 医疗付费方式代码表 as printed on the 住院病案首页 (卫医政发〔2011〕84号); since the 2019 merger of the resident schemes, 02 and 03 both mean 城乡居民基本医疗保险 | oid:2.16.156.10011.2.3.1.269
01 | 城镇职工基本医疗保险 | Urban employee basic medical insurance
02 | 城镇居民基本医疗保险 | Urban resident basic medical insurance
03 | 新型农村合作医疗 | New rural cooperative medical scheme
04 | 贫困救助 | Medical assistance for the poor
05 | 商业医疗保险 | Commercial health insurance
06 | 全公费 | Fully state-funded
07 | 全自费 | Fully self-paid
08 | 其他社会保险 | Other social insurance
99 | 其他 | Other

@ charge_category | 医疗费用分类代码 | Charge category | platform: the expense classes of the 住院病案首页 (卫医政发〔2011〕84号), numbered by the platform and used for both outpatient and inpatient charges (挂号费 and 诊查费 fall under 01)
01 | 一般医疗服务费 | General medical service fee
02 | 一般治疗操作费 | General treatment procedure fee
03 | 护理费 | Nursing fee
04 | 综合医疗服务类其他费用 | Other general medical service fees
05 | 病理诊断费 | Pathology diagnosis fee
06 | 实验室诊断费 | Laboratory diagnosis fee
07 | 影像学诊断费 | Imaging diagnosis fee
08 | 临床诊断项目费 | Clinical diagnostic procedure fee
09 | 非手术治疗项目费 | Non-surgical treatment fee
10 | 手术治疗费 | Surgical treatment fee (incl. anaesthesia)
11 | 康复费 | Rehabilitation fee
12 | 中医治疗费 | TCM treatment fee
13 | 西药费 | Western medicine
14 | 中成药费 | Chinese patent medicine
15 | 中草药费 | Chinese herbal medicine
16 | 血费 | Blood
17 | 白蛋白类制品费 | Albumin products
18 | 球蛋白类制品费 | Globulin products
19 | 凝血因子类制品费 | Coagulation factor products
20 | 细胞因子类制品费 | Cytokine products
21 | 检查用一次性医用材料费 | Disposable materials for examinations
22 | 治疗用一次性医用材料费 | Disposable materials for treatment
23 | 手术用一次性医用材料费 | Disposable materials for surgery
24 | 其他费 | Other

@ drug_route | 用药途径代码 | Route of administration | WS 364 CV06.00.102 用药途径代码表 | oid:2.16.156.10011.2.3.1.158
1 | 口服 | Oral
2 | 直肠用药 | Rectal
3 | 舌下用药 | Sublingual
4 | 注射用药 | Injection
401 | 皮下注射 | Subcutaneous injection
402 | 皮内注射 | Intradermal injection
403 | 肌肉注射 | Intramuscular injection
404 | 静脉注射或静脉滴注 | Intravenous injection or infusion
5 | 吸入用药 | Inhalation
6 | 局部用药 | Topical
601 | 椎管内用药 | Intraspinal
602 | 关节腔内用药 | Intra-articular
603 | 胸膜腔用药 | Intrapleural
604 | 腹腔用药 | Intraperitoneal
605 | 阴道用药 | Vaginal
606 | 气管内用药 | Intratracheal
607 | 滴眼 | Eye drops
608 | 滴鼻 | Nasal drops
609 | 喷喉 | Throat spray
610 | 含化 | Buccal
611 | 敷伤口 | Wound dressing
612 | 擦皮肤 | Applied to skin
699 | 其他局部用药途径 | Other topical route
9 | 其他用药途径 | Other route

@ prescription_type | 处方类型 | Prescription type | platform: the two WS/T 500 prescription documents (C0004 西药处方, C0005 中药处方)
1 | 西药、中成药处方 | Western and Chinese patent medicine prescription
2 | 中药饮片处方 | Chinese herbal pieces prescription

@ prescription_category | 处方类别代码 | Prescription category | platform: the prescription kinds of 《处方管理办法》(卫生部令第53号) 第五条 (paper colours)
1 | 普通处方 | Ordinary
2 | 急诊处方 | Emergency
3 | 儿科处方 | Paediatric
4 | 麻醉药品和第一类精神药品处方 | Narcotic and class-I psychotropic drugs
5 | 第二类精神药品处方 | Class-II psychotropic drugs

@ order_category | 医嘱类别代码 | Order category | WS 445 医嘱类别 (长期/临时); codes as commonly implemented
1 | 长期医嘱 | Standing order
2 | 临时医嘱 | One-time order

@ order_item_type | 医嘱项目类型代码 | Order item type | platform: WS 364 CV06.00.229 医嘱项目类型代码表 could not be verified, so the codes are platform-assigned
01 | 药品 | Medication
02 | 检验 | Laboratory test
03 | 检查 | Examination / imaging
04 | 手术 | Surgery
05 | 治疗 | Treatment
06 | 护理 | Nursing
07 | 膳食 | Diet
08 | 输血 | Transfusion
09 | 卫生材料 | Medical supplies
10 | 会诊 | Consultation
11 | 转科 | Transfer
12 | 出院 | Discharge
99 | 其他 | Other

@ order_status | 医嘱状态 | Order status | platform
1 | 新开 | New
2 | 已核对 | Checked by nurse
3 | 执行中 | In progress
4 | 已停止 | Stopped
5 | 已作废 | Cancelled
6 | 已执行完毕 | Completed

@ nursing_level | 护理等级代码 | Nursing care level | WS 364 CV06.00.220 护理等级代码表
1 | 特级护理 | Special care
2 | 一级护理 | Level I care
3 | 二级护理 | Level II care
4 | 三级护理 | Level III care

@ anesthesia_method | 麻醉方法代码 | Anaesthesia method | WS 364 CV06.00.103 麻醉方法代码表
1 | 全身麻醉 | General anaesthesia
11 | 吸入麻醉 | Inhalational anaesthesia
12 | 静脉麻醉 | Intravenous anaesthesia
13 | 基础麻醉 | Basal anaesthesia
2 | 椎管内麻醉 | Neuraxial anaesthesia
21 | 蛛网膜下腔阻滞麻醉 | Spinal anaesthesia
22 | 硬脊膜外腔阻滞麻醉 | Epidural anaesthesia
23 | 蛛网膜下腔与硬脊膜外腔联合阻滞麻醉 | Combined spinal-epidural anaesthesia
24 | 骶管阻滞麻醉 | Caudal anaesthesia
3 | 局部麻醉 | Local and regional anaesthesia
31 | 神经丛阻滞麻醉 | Plexus block
32 | 神经节阻滞麻醉 | Ganglion block
33 | 神经阻滞麻醉 | Nerve block
34 | 区域阻滞麻醉 | Field block
35 | 局部浸润麻醉 | Local infiltration
36 | 表面麻醉 | Topical anaesthesia
4 | 复合麻醉 | Combined anaesthesia
41 | 静吸复合全麻 | Combined intravenous-inhalational general anaesthesia
42 | 针药复合麻醉 | Acupuncture-drug combined anaesthesia
43 | 神经丛与硬膜外阻滞复合麻醉 | Plexus block combined with epidural
44 | 全麻复合全身降温 | General anaesthesia with systemic hypothermia
45 | 全麻复合控制性降压 | General anaesthesia with controlled hypotension
9 | 其他麻醉方法 | Other

@ surgery_level | 手术级别代码 | Surgery grade | WS 364 CV05.10.024 手术级别代码表 (《医疗机构手术分级管理办法》)
1 | 一级手术 | Grade 1
2 | 二级手术 | Grade 2
3 | 三级手术 | Grade 3
4 | 四级手术 | Grade 4

@ incision_class | 手术切口类别代码 | Surgical wound class | 住院病案首页 切口等级 0/Ⅰ/Ⅱ/Ⅲ written as digits; the numbering of WS 364 CV05.10.022 could not be verified
0 | 0类切口 | Class 0 (no incision / natural orifice)
1 | Ⅰ类切口 | Class I (clean)
2 | Ⅱ类切口 | Class II (clean-contaminated)
3 | Ⅲ类切口 | Class III (contaminated)

@ healing_grade | 切口愈合等级代码 | Wound healing grade | WS 364 CV05.10.023 切口愈合等级代码表 (甲/乙/丙 of the 住院病案首页); code 9 as commonly implemented
1 | 甲级愈合 | Grade A (primary healing)
2 | 乙级愈合 | Grade B (healing with complications)
3 | 丙级愈合 | Grade C (suppuration)
9 | 其他 | Other

@ asa_grade | ASA分级标准代码 | ASA physical status | WS 364 CV05.10.021 (American Society of Anesthesiologists physical status P1-P6)
1 | P1 正常健康患者 | P1 normal healthy patient
2 | P2 轻度系统性疾病 | P2 mild systemic disease
3 | P3 严重系统性疾病 | P3 severe systemic disease
4 | P4 严重系统性疾病,持续威胁生命 | P4 severe systemic disease that is a constant threat to life
5 | P5 濒死患者 | P5 moribund
6 | P6 脑死亡器官捐献者 | P6 brain-dead organ donor

@ admission_condition | 入院病情代码 | Condition on admission (per diagnosis) | 住院病案首页 (卫医政发〔2011〕84号) 入院病情
1 | 有 | Present
2 | 临床未确定 | Clinically undetermined
3 | 情况不明 | Unknown
4 | 无 | Absent

@ treatment_outcome | 病情转归代码 | Treatment outcome | WS 364 CV05.10.010 病情转归代码表 as commonly implemented in hospital statistics; not verified against the standard text | oid:2.16.156.10011.2.3.1.148
1 | 治愈 | Cured
2 | 好转 | Improved
3 | 未愈 | Not improved
4 | 死亡 | Died
9 | 其他 | Other

@ diagnosis_category | 诊断类别 | Diagnosis category | platform: the diagnosis kinds of WS 445 / WS/T 500 (入院记录, 病程记录, 出院记录, 住院病案首页)
01 | 门(急)诊诊断 | Outpatient / emergency diagnosis
02 | 入院初步诊断 | Admission (preliminary) diagnosis
03 | 修正诊断 | Revised diagnosis
04 | 确定诊断 | Confirmed diagnosis
05 | 补充诊断 | Supplementary diagnosis
06 | 出院主要诊断 | Principal discharge diagnosis
07 | 出院其他诊断 | Other discharge diagnosis
08 | 术前诊断 | Pre-operative diagnosis
09 | 术后诊断 | Post-operative diagnosis
10 | 病理诊断 | Pathological diagnosis
11 | 损伤中毒外部原因 | External cause of injury or poisoning
12 | 死亡诊断 | Death diagnosis

@ diagnosis_kind | 诊断体系 | Diagnosis system | platform
1 | 西医诊断 | Western medicine diagnosis (ICD-10)
2 | 中医诊断 | TCM diagnosis (GB/T 15657 病名/证候)

@ abnormal_flag | 结果异常标识 | Result abnormal flag | HL7 v2 table 0078 (Interpretation codes), subset
N | 正常 | Normal
H | 偏高 | High
L | 偏低 | Low
HH | 危急偏高 | Critically high
LL | 危急偏低 | Critically low
A | 异常 | Abnormal
AA | 危急异常 | Critically abnormal

@ report_status | 报告状态 | Report status | platform
1 | 初步报告 | Preliminary
2 | 正式报告 | Final
3 | 修正报告 | Corrected
4 | 已撤销 | Withdrawn

@ dicom_modality | 检查类别(DICOM设备类型) | Examination modality | DICOM PS3.3 C.7.3.1.1.1 Modality defined terms (subset used by 检查报告)
CR | 计算机X线摄影 | Computed radiography
DX | 数字X线摄影 | Digital radiography
MG | 乳腺X线摄影 | Mammography
CT | 计算机断层扫描 | Computed tomography
MR | 磁共振 | Magnetic resonance
US | 超声 | Ultrasound
NM | 核医学 | Nuclear medicine
PT | 正电子发射断层扫描 | Positron emission tomography
XA | 血管造影 | X-ray angiography
RF | 透视 | Radio fluoroscopy
ES | 内镜 | Endoscopy
ECG | 心电图 | Electrocardiography
OP | 眼科照相 | Ophthalmic photography
OCT | 光学相干断层扫描 | Optical coherence tomography
BMD | 骨密度 | Bone densitometry
IVUS | 血管内超声 | Intravascular ultrasound
SM | 数字病理切片 | Slide microscopy
XC | 外部摄像 | External-camera photography
OT | 其他 | Other

@ emergency_triage_level | 急诊病情分级 | Emergency triage level | 原卫生部《急诊病人病情分级试点指导原则(征求意见稿)》(2011) 四级分级
1 | 1级 濒危病人 | Level 1, dying
2 | 2级 危重病人 | Level 2, critical
3 | 3级 急症病人 | Level 3, urgent
4 | 4级 非急症病人 | Level 4, non-urgent

@ emergency_area | 急诊分区 | Emergency area | 原卫生部《急诊病人病情分级试点指导原则(征求意见稿)》(2011) 三区
1 | 红区(抢救监护区) | Red zone (resuscitation)
2 | 黄区(密切观察诊疗区) | Yellow zone (close observation)
3 | 绿区(普通诊疗区) | Green zone (ordinary)

@ arrival_mode | 来院方式 | Mode of arrival | platform
1 | 自行来院 | Walk-in
2 | 轮椅/平车 | Wheelchair or trolley
3 | 120救护车 | Ambulance (120)
4 | 外院转运 | Inter-facility transfer
5 | 警车/其他护送 | Police or other escort
9 | 其他 | Other

@ consciousness_avpu | 意识状态(AVPU) | Level of consciousness (AVPU) | AVPU scale; codes platform-assigned letters
A | 清醒 | Alert
V | 对声音刺激有反应 | Responds to voice
P | 对疼痛刺激有反应 | Responds to pain
U | 无反应 | Unresponsive

@ patient_destination | 患者去向代码 | Patient destination | platform (急诊留观 患者去向)
1 | 离院 | Went home
2 | 收住院 | Admitted
3 | 转院 | Transferred to another hospital
4 | 进入手术室 | Sent to operating theatre
5 | 死亡 | Died
9 | 其他 | Other

@ registration_channel | 挂号方式 | Registration channel | platform
1 | 窗口挂号 | Counter
2 | 自助机 | Self-service kiosk
3 | 互联网/移动端 | Internet or mobile app
4 | 电话预约 | Telephone booking
5 | 诊间预约 | Booked in the consulting room
6 | 社区转诊预约 | Community referral booking
9 | 其他 | Other

@ insurance_item_class | 医保目录类别 | Insurance list class | platform codes for the 甲/乙 classes of the 国家基本医疗保险、工伤保险和生育保险药品目录 and the provincial service-item lists; 3 = not covered
1 | 甲类 | Class A
2 | 乙类 | Class B
3 | 丙类(自费) | Not covered (self-paid)

@ dept_type | 科室类型 | Department type | platform
1 | 临床科室 | Clinical department
2 | 医技科室 | Medical technology department
3 | 护理单元(病区) | Nursing unit / ward
4 | 药剂科室 | Pharmacy
5 | 公共卫生科室 | Public health department
6 | 行政后勤 | Administration and logistics

@ staff_category | 人员类别 | Staff category | platform, after the staff categories of the 卫生健康统计调查制度 卫生人力基本信息调查表
1 | 执业医师 | Licensed physician
2 | 执业助理医师 | Licensed assistant physician
3 | 注册护士 | Registered nurse
4 | 药师(士) | Pharmacist
5 | 检验技师(士) | Laboratory technician
6 | 影像技师(士) | Imaging technician
7 | 其他卫生技术人员 | Other health professional
8 | 乡村医生 | Village doctor
9 | 管理人员 | Manager
10 | 工勤技能人员 | Support staff

@ professional_title | 专业技术职务代码 | Professional title | GB/T 8561-2001 专业技术职务代码, health professional part (23x medical, 24x pharmacy, 25x nursing, 26x technicians); not verified against the standard text
231 | 主任医师 | Chief physician
232 | 副主任医师 | Associate chief physician
233 | 主治医师 | Attending physician
234 | 医师 | Physician
235 | 医士 | Assistant physician
241 | 主任药师 | Chief pharmacist
242 | 副主任药师 | Associate chief pharmacist
243 | 主管药师 | Pharmacist-in-charge
244 | 药师 | Pharmacist
245 | 药士 | Assistant pharmacist
251 | 主任护师 | Chief nurse
252 | 副主任护师 | Associate chief nurse
253 | 主管护师 | Nurse-in-charge
254 | 护师 | Nurse practitioner
255 | 护士 | Nurse
261 | 主任技师 | Chief technician
262 | 副主任技师 | Associate chief technician
263 | 主管技师 | Technician-in-charge
264 | 技师 | Technician
265 | 技士 | Assistant technician

@ practice_category | 医师执业类别 | Physician practice category | 《医师执业注册管理办法》(2017) 执业类别; codes platform-assigned
1 | 临床 | Clinical medicine
2 | 中医(含民族医、中西医结合) | TCM (incl. ethnic and integrated medicine)
3 | 口腔 | Stomatology
4 | 公共卫生 | Public health

@ antibiotic_grade | 抗菌药物分级 | Antimicrobial restriction class | 《抗菌药物临床应用管理办法》(卫生部令第84号) 分级管理; codes platform-assigned, 0 = not an antimicrobial
0 | 非抗菌药物 | Not an antimicrobial
1 | 非限制使用级 | Unrestricted
2 | 限制使用级 | Restricted
3 | 特殊使用级 | Special use

@ drug_category | 药品类别 | Drug category | platform
1 | 西药 | Western medicine
2 | 中成药 | Chinese patent medicine
3 | 中药饮片 | Chinese herbal pieces
4 | 医疗机构制剂 | Hospital preparation
9 | 其他 | Other

@ special_drug_type | 特殊管理药品类别 | Specially controlled drug class | platform codes for the classes of 《药品管理法》 and 《麻醉药品和精神药品管理条例》
0 | 非特殊管理药品 | Not specially controlled
1 | 麻醉药品 | Narcotic drug
2 | 第一类精神药品 | Class-I psychotropic drug
3 | 第二类精神药品 | Class-II psychotropic drug
4 | 医疗用毒性药品 | Toxic drug for medical use
5 | 放射性药品 | Radiopharmaceutical
6 | 药品类易制毒化学品 | Drug-type precursor chemical

@ inpatient_settlement_type | 住院结算类型 | Inpatient settlement type | platform
1 | 出院结算 | Settlement at discharge
2 | 中途结算 | Interim settlement
3 | 重新结算 | Re-settlement after reversal
9 | 其他 | Other

@ referral_type | 转诊类型 | Referral direction | platform (双向转诊: 上转 community → hospital, 下转 hospital → community)
1 | 上转 | Upward referral
2 | 下转(回转) | Downward referral (return)
3 | 同级转诊 | Referral between peers

@ referral_status | 转诊状态 | Referral status | platform
1 | 已发起 | Sent
2 | 已接收 | Accepted
3 | 已拒绝 | Refused
4 | 已撤销 | Withdrawn
5 | 已完成 | Completed

@ consultation_type | 会诊类型 | Consultation type | platform
1 | 科间会诊 | Inter-departmental
2 | 多学科会诊 | Multidisciplinary
3 | 院外会诊 | External
4 | 远程会诊 | Telemedicine
5 | 急会诊 | Emergency

@ delivery_method | 分娩方式代码 | Mode of delivery | WS 364 CV02.10.003 分娩方式代码表 as commonly implemented; not verified against the standard text
1 | 阴道自然分娩 | Spontaneous vaginal delivery
2 | 阴道手术助产 | Operative vaginal delivery
3 | 剖宫产 | Caesarean section
9 | 其他 | Other

@ transfer_record_type | 转科记录类型 | Transfer note type | WS 445 转科记录 (转出记录/转入记录); codes as commonly implemented
1 | 转出记录 | Transfer-out note
2 | 转入记录 | Transfer-in note

@ critical_value_source | 危急值来源 | Critical value source | platform
1 | 检验 | Laboratory
2 | 影像检查 | Imaging
3 | 病理 | Pathology
4 | 心电等功能检查 | ECG and other functional tests

@ adr_report_type | 药品不良反应报告类型 | ADR report type | 《药品不良反应报告和监测管理办法》(卫生部令第81号) 药品不良反应/事件报告表 (新的/严重/一般); codes platform-assigned
1 | 新的 | New
2 | 严重 | Serious
3 | 一般 | Other (general)

@ stay_kind | 住院治疗情况类型 | Hospital stay kind | 国家基本公共卫生服务规范(第三版) 健康体检表 住院治疗情况 (住院史/家庭病床史); codes platform-assigned
1 | 住院史 | Hospital stay
2 | 家庭病床史 | Home sickbed

@ child_nutrition_disease | 儿童营养性疾病 | Child nutritional disease | 《儿童营养性疾病管理技术规范》(卫办妇社发〔2012〕49号) four conditions; codes platform-assigned
1 | 营养性缺铁性贫血 | Iron-deficiency anaemia
2 | 维生素D缺乏性佝偻病 | Vitamin D deficiency rickets
3 | 蛋白质-能量营养不良 | Protein-energy malnutrition
4 | 超重/肥胖 | Overweight / obesity

@ followup_kind | 随访类别 | Follow-up programme | platform
1 | 高血压 | Hypertension
2 | 2型糖尿病 | Type 2 diabetes
3 | 严重精神障碍 | Severe mental disorder
4 | 肺结核 | Tuberculosis

@ medication_stage | 随访用药类别 | Follow-up medication list | 国家基本公共卫生服务规范(第三版) 随访服务记录表 (用药情况 / 用药调整意见); codes platform-assigned
1 | 用药情况 | Current medication
2 | 调整后用药 | Medication after adjustment

@ io_direction | 出入量方向 | Intake/output | platform
1 | 入量 | Intake
2 | 出量 | Output

@ mdro_type | 多重耐药菌类型 | Multidrug-resistant organism | platform codes for the organisms of 《多重耐药菌医院感染预防与控制技术指南(试行)》(2011)
MRSA | 耐甲氧西林金黄色葡萄球菌 | Methicillin-resistant Staphylococcus aureus
VRE | 耐万古霉素肠球菌 | Vancomycin-resistant Enterococcus
CRE | 耐碳青霉烯类肠杆菌目细菌 | Carbapenem-resistant Enterobacterales
CRAB | 耐碳青霉烯类鲍曼不动杆菌 | Carbapenem-resistant Acinetobacter baumannii
CRPA | 耐碳青霉烯类铜绿假单胞菌 | Carbapenem-resistant Pseudomonas aeruginosa
ESBL | 产超广谱β-内酰胺酶细菌 | ESBL-producing organism
OTHER | 其他多重耐药菌 | Other MDRO

@ susceptibility | 药敏结果 | Susceptibility interpretation | CLSI M100 interpretive categories
S | 敏感 | Susceptible
I | 中介 | Intermediate
R | 耐药 | Resistant
SDD | 剂量依赖性敏感 | Susceptible-dose dependent
NS | 不敏感 | Non-susceptible

@ ast_method | 药敏试验方法 | Susceptibility test method | platform
1 | 纸片扩散法(K-B法) | Disk diffusion (Kirby-Bauer)
2 | 稀释法(MIC) | Dilution (MIC)
3 | 梯度扩散法(E试验) | Gradient diffusion (E-test)
9 | 其他 | Other

@ record_quality | 病案质量代码 | Medical record quality | 住院病案首页 病案质量 (甲/乙/丙); codes as commonly implemented
1 | 甲级 | Grade A
2 | 乙级 | Grade B
3 | 丙级 | Grade C

@ tcm_treatment_category | 治疗类别 | Treatment category (TCM front page) | 中医住院病案首页 (国中医药医政发〔2011〕 版) 治疗类别
1.1 | 中医 | TCM
1.2 | 民族医 | Ethnic medicine
2 | 中西医 | Integrated Chinese and western medicine
3 | 西医 | Western medicine

@ clinical_pathway_tcm | 实施临床路径 | Clinical pathway applied (TCM front page) | 中医住院病案首页 实施临床路径
1 | 中医 | TCM pathway
2 | 西医 | Western pathway
3 | 否 | None

@ report_card_type | 报卡类别代码 | Report card type | 《传染病信息报告管理规范(2015年版)》 传染病报告卡 报卡类别
1 | 初次报告 | Initial report
2 | 订正报告 | Revised report

@ patient_affiliation | 传染病患者归属代码 | Case residence relative to the reporting unit | 《传染病信息报告管理规范(2015年版)》 传染病报告卡 病人属于 (WS 364 CV02.01.104)
1 | 本县区 | This county / district
2 | 本市其他县区 | Other district of this city
3 | 本省其它地市 | Other city of this province
4 | 外省 | Other province
5 | 港澳台 | Hong Kong, Macao or Taiwan
6 | 外籍 | Foreign

@ infectious_population | 人群分类 | Population group (infectious disease card) | platform numbering of the 人群分类 options of the 传染病报告卡 (2015年版), in card order
01 | 幼托儿童 | Child in kindergarten or nursery
02 | 散居儿童 | Child not in care
03 | 学生(大中小学) | Student
04 | 教师 | Teacher
05 | 保育员及保姆 | Child-care worker
06 | 餐饮食品业 | Catering and food industry
07 | 公共场所服务员 | Public-place service worker
08 | 商业服务 | Commerce and services
09 | 医务人员 | Health worker
10 | 工人 | Worker
11 | 民工 | Migrant worker
12 | 农民 | Farmer
13 | 牧民 | Herdsman
14 | 渔(船)民 | Fisherman / boatman
15 | 海员及长途驾驶员 | Seafarer or long-distance driver
16 | 干部职员 | Cadre / office worker
17 | 离退人员 | Retired
18 | 家务及待业 | Homemaker or unemployed
19 | 其他 | Other
20 | 不详 | Unknown

@ case_classification | 病例分类 | Case classification | 《传染病信息报告管理规范(2015年版)》 病例分类; codes platform-assigned
1 | 疑似病例 | Suspected case
2 | 临床诊断病例 | Clinically diagnosed case
3 | 确诊病例 | Laboratory-confirmed case
4 | 病原携带者 | Carrier
5 | 阳性检测 | Positive test result (blood establishments)

@ notifiable_disease | 法定传染病病种 | Notifiable infectious disease | platform codes (A = 甲类, B = 乙类, C = 丙类) for the diseases of the 《中华人民共和国传染病防治法》 as amended by the NHC announcements up to 2023 (人感染H7N9禽流感 2013, 新型冠状病毒感染 乙类乙管 2023, 猴痘 2023); the 中国疾病预防控制信息系统 disease codes were not available to us
A01 | 鼠疫 | Plague
A02 | 霍乱 | Cholera
B01 | 传染性非典型肺炎 | SARS
B02 | 艾滋病(含HIV感染者) | HIV/AIDS
B03 | 甲型病毒性肝炎 | Hepatitis A
B04 | 乙型病毒性肝炎 | Hepatitis B
B05 | 丙型病毒性肝炎 | Hepatitis C
B06 | 丁型病毒性肝炎 | Hepatitis D
B07 | 戊型病毒性肝炎 | Hepatitis E
B08 | 未分型病毒性肝炎 | Viral hepatitis, unspecified
B09 | 脊髓灰质炎 | Poliomyelitis
B10 | 人感染高致病性禽流感 | Human infection with highly pathogenic avian influenza
B11 | 麻疹 | Measles
B12 | 流行性出血热 | Haemorrhagic fever with renal syndrome
B13 | 狂犬病 | Rabies
B14 | 流行性乙型脑炎 | Japanese encephalitis
B15 | 登革热 | Dengue
B16 | 炭疽 | Anthrax
B17 | 细菌性和阿米巴性痢疾 | Bacillary and amoebic dysentery
B18 | 肺结核 | Pulmonary tuberculosis
B19 | 伤寒和副伤寒 | Typhoid and paratyphoid
B20 | 流行性脑脊髓膜炎 | Meningococcal meningitis
B21 | 百日咳 | Pertussis
B22 | 白喉 | Diphtheria
B23 | 新生儿破伤风 | Neonatal tetanus
B24 | 猩红热 | Scarlet fever
B25 | 布鲁氏菌病 | Brucellosis
B26 | 淋病 | Gonorrhoea
B27 | 梅毒 | Syphilis
B28 | 钩端螺旋体病 | Leptospirosis
B29 | 血吸虫病 | Schistosomiasis
B30 | 疟疾 | Malaria
B31 | 人感染H7N9禽流感 | Human infection with avian influenza A(H7N9)
B32 | 新型冠状病毒感染 | COVID-19
B33 | 猴痘 | Mpox
C01 | 流行性感冒 | Influenza
C02 | 流行性腮腺炎 | Mumps
C03 | 风疹 | Rubella
C04 | 急性出血性结膜炎 | Acute haemorrhagic conjunctivitis
C05 | 麻风病 | Leprosy
C06 | 流行性和地方性斑疹伤寒 | Epidemic and endemic typhus
C07 | 黑热病 | Visceral leishmaniasis
C08 | 包虫病 | Echinococcosis
C09 | 丝虫病 | Filariasis
C10 | 其它感染性腹泻病 | Other infectious diarrhoea
C11 | 手足口病 | Hand, foot and mouth disease
Z99 | 其他法定管理以及重点监测传染病 | Other notifiable or monitored disease

@ death_place | 死亡地点类别代码 | Place of death | 居民死亡医学证明(推断)书 死亡地点 (WS 364 CV02.01.103); codes as on the certificate, not verified against the standard text
1 | 医疗卫生机构 | Health facility
2 | 来院途中 | On the way to hospital
3 | 家中 | Home
4 | 养老服务机构 | Elderly-care facility
5 | 其他场所 | Other place
9 | 不详 | Unknown

@ highest_diagnosis_unit | 最高诊断单位 | Highest-level diagnosing unit | 居民死亡医学证明(推断)书 生前主要疾病最高诊断单位 (WS 364 CV08.10.004); codes as on the certificate
1 | 三级医院 | Tertiary hospital
2 | 二级医院 | Secondary hospital
3 | 乡镇卫生院/社区卫生服务机构 | Township or community health centre
4 | 村卫生室 | Village clinic
9 | 其他医疗卫生机构 | Other health facility
0 | 未就诊 | Not seen by a doctor

@ highest_diagnosis_basis | 最高诊断依据 | Highest diagnostic basis | 居民死亡医学证明(推断)书 生前主要疾病最高诊断依据 (WS 364 CV05.01.037); codes as on the certificate
1 | 尸检 | Autopsy
2 | 病理 | Pathology
3 | 手术 | Surgery
4 | 临床+理化 | Clinical plus laboratory / imaging
5 | 临床 | Clinical only
6 | 死后推断 | Inferred after death
9 | 不详 | Unknown

@ residence_type | 常住类型 | Residence type | 国家基本公共卫生服务规范(第三版) 个人基本信息表 常住类型
1 | 户籍 | Registered (hukou) resident
2 | 非户籍 | Non-registered resident

@ hr_record_status | 健康档案状态 | Health record status | platform
1 | 在管 | Active
2 | 已迁出 | Moved out
3 | 死亡 | Deceased
4 | 失访 | Lost to follow-up
5 | 已注销 | Closed

@ hr_change_type | 档案变动类型 | Health record change type | platform
1 | 新建 | Created
2 | 迁入 | Moved in
3 | 迁出 | Moved out
4 | 死亡注销 | Closed (death)
5 | 其他注销 | Closed (other)
6 | 合并重复档案 | Merged duplicate
7 | 恢复 | Restored

@ chronic_history_disease | 既往疾病 | Past disease (health record) | 国家基本公共卫生服务规范(第三版) 个人基本信息表 既往史-疾病 options
1 | 无 | None
2 | 高血压 | Hypertension
3 | 糖尿病 | Diabetes
4 | 冠心病 | Coronary heart disease
5 | 慢性阻塞性肺疾病 | COPD
6 | 恶性肿瘤 | Malignant tumour
7 | 脑卒中 | Stroke
8 | 严重精神障碍 | Severe mental disorder
9 | 结核病 | Tuberculosis
10 | 肝炎 | Hepatitis
11 | 其他法定传染病 | Other notifiable infectious disease
12 | 职业病 | Occupational disease
13 | 其他 | Other

@ medical_history_type | 既往史类型 | Past-history entry type | platform (个人基本信息表 既往史 sections)
1 | 疾病 | Disease
2 | 手术 | Surgery
3 | 外伤 | Trauma
4 | 输血 | Transfusion

@ family_member_type | 家族史亲属 | Family-history relative | 国家基本公共卫生服务规范(第三版) 个人基本信息表 家族史 rows; codes platform-assigned
1 | 父亲 | Father
2 | 母亲 | Mother
3 | 兄弟姐妹 | Sibling
4 | 子女 | Child

@ smoking_status | 吸烟状况 | Smoking status | 国家基本公共卫生服务规范(第三版) 健康体检表 吸烟状况
1 | 从不吸烟 | Never smoked
2 | 已戒烟 | Former smoker
3 | 吸烟 | Current smoker

@ drinking_frequency | 饮酒频率 | Drinking frequency | 国家基本公共卫生服务规范(第三版) 健康体检表 饮酒频率 (WS 364 CV03.00.104)
1 | 从不 | Never
2 | 偶尔 | Occasionally
3 | 经常 | Often
4 | 每天 | Daily

@ exercise_frequency | 锻炼频率 | Exercise frequency | 国家基本公共卫生服务规范(第三版) 健康体检表 体育锻炼 (WS 364 CV03.00.111)
1 | 每天 | Daily
2 | 每周一次以上 | More than once a week
3 | 偶尔 | Occasionally
4 | 不锻炼 | Never

@ followup_method | 随访方式代码 | Follow-up method | 国家基本公共卫生服务规范(第三版) 随访服务记录表 随访方式 (WS 364 CV06.00.207); 9 is a platform extension
1 | 门诊 | Clinic visit
2 | 家庭 | Home visit
3 | 电话 | Telephone
9 | 其他 | Other

@ followup_classification | 此次随访分类 | Follow-up classification | 国家基本公共卫生服务规范(第三版) 高血压/2型糖尿病患者随访服务记录表 此次随访分类
1 | 控制满意 | Well controlled
2 | 控制不满意 | Poorly controlled
3 | 不良反应 | Adverse drug reaction
4 | 并发症 | Complication

@ medication_compliance | 服药依从性 | Medication adherence | 国家基本公共卫生服务规范(第三版) 随访服务记录表 服药依从性
1 | 规律 | Regular
2 | 间断 | Intermittent
3 | 不服药 | Not taking

@ salt_intake | 摄盐情况 | Salt intake | 国家基本公共卫生服务规范(第三版) 高血压患者随访服务记录表 摄盐情况(咸淡)
1 | 轻 | Low
2 | 中 | Moderate
3 | 重 | High

@ good_fair_poor | 良好/一般/差 | Good / fair / poor | 国家基本公共卫生服务规范(第三版) 随访服务记录表 (心理调整, 遵医行为, 睡眠, 饮食)
1 | 良好 | Good
2 | 一般 | Fair
3 | 差 | Poor

@ hypoglycemia_reaction | 低血糖反应 | Hypoglycaemic reactions | 国家基本公共卫生服务规范(第三版) 2型糖尿病患者随访服务记录表 低血糖反应
1 | 无 | None
2 | 偶尔 | Occasional
3 | 频繁 | Frequent

@ self_care_level | 生活自理能力评估 | Self-care ability | 国家基本公共卫生服务规范(第三版) 老年人生活自理能力评估表 总评分分级 (WS 364 CV04.01.014)
1 | 可自理(0~3分) | Independent (0-3)
2 | 轻度依赖(4~8分) | Mildly dependent (4-8)
3 | 中度依赖(9~18分) | Moderately dependent (9-18)
4 | 不能自理(≥19分) | Dependent (19 or more)

@ elderly_self_assessment | 老年人健康状态自我评估 | Self-rated health (elderly) | 国家基本公共卫生服务规范(第三版) 健康体检表 (WS 364 CV04.01.013)
1 | 满意 | Satisfied
2 | 基本满意 | Mostly satisfied
3 | 说不清楚 | Not sure
4 | 不太满意 | Not very satisfied
5 | 不满意 | Dissatisfied

@ elderly_ability_level | 老年人能力等级 | Elderly ability level | MZ/T 039-2013 《老年人能力评估》 能力等级; codes as in the standard (0-3)
0 | 能力完好 | Fully able
1 | 轻度失能 | Mild disability
2 | 中度失能 | Moderate disability
3 | 重度失能 | Severe disability

@ tcm_constitution | 中医体质分类 | TCM constitution | 中华中医药学会 ZYYXH/T157-2009 《中医体质分类与判定》 nine types, in the order of the 老年人中医药健康管理服务记录表; codes platform-assigned
1 | 平和质 | Balanced
2 | 气虚质 | Qi deficiency
3 | 阳虚质 | Yang deficiency
4 | 阴虚质 | Yin deficiency
5 | 痰湿质 | Phlegm-dampness
6 | 湿热质 | Damp-heat
7 | 血瘀质 | Blood stasis
8 | 气郁质 | Qi stagnation
9 | 特禀质 | Inherited special

@ tcm_constitution_result | 体质辨识结果 | Constitution identification result | 老年人中医药健康管理服务记录表 体质辨识 (是/倾向是/否); codes platform-assigned
1 | 是 | Yes
2 | 倾向是 | Tends to be
3 | 否 | No

@ psych_risk_level | 危险性评估 | Risk level (severe mental disorder) | 《严重精神障碍管理治疗工作规范(2018年版)》 危险性评估 0-5级 (WS 364 CV05.10.013)
0 | 0级 | Level 0
1 | 1级 | Level 1
2 | 2级 | Level 2
3 | 3级 | Level 3
4 | 4级 | Level 4
5 | 5级 | Level 5

@ severe_mental_disorder | 严重精神障碍病种 | Severe mental disorder | the six diseases of 《严重精神障碍管理治疗工作规范(2018年版)》; codes platform-assigned (WS 364 CV05.01.036 not verified)
1 | 精神分裂症 | Schizophrenia
2 | 分裂情感性障碍 | Schizoaffective disorder
3 | 持久的妄想性障碍(偏执性精神病) | Persistent delusional disorder
4 | 双相(情感)障碍 | Bipolar disorder
5 | 癫痫所致精神障碍 | Mental disorder due to epilepsy
6 | 精神发育迟滞伴发精神障碍 | Intellectual disability with mental disorder

@ insight | 自知力 | Insight | 国家基本公共卫生服务规范(第三版) 严重精神障碍患者随访服务记录表 自知力
1 | 自知力完全 | Full insight
2 | 自知力不全 | Partial insight
3 | 自知力缺失 | No insight

@ psych_followup_classification | 精神障碍随访分类 | Follow-up classification (mental disorder) | 国家基本公共卫生服务规范(第三版) 严重精神障碍患者随访服务记录表 本次随访分类
1 | 不稳定 | Unstable
2 | 基本稳定 | Mostly stable
3 | 稳定 | Stable

@ feeding_method | 喂养方式 | Feeding method | 国家基本公共卫生服务规范(第三版) 新生儿家庭访视记录表 喂养方式
1 | 纯母乳 | Exclusive breastfeeding
2 | 混合 | Mixed feeding
3 | 人工 | Formula feeding

@ growth_level | 体格发育评价 | Growth assessment (above/middle/below) | 国家基本公共卫生服务规范(第三版) 儿童健康检查记录表 体重/身长 上中下
1 | 上 | Above average
2 | 中 | Average
3 | 下 | Below average

@ weak_child_reason | 体弱儿原因 | Reason for high-risk child management | platform, after 《儿童营养性疾病管理技术规范》 and provincial 体弱儿管理 practice
1 | 早产儿 | Preterm
2 | 低出生体重儿 | Low birth weight
3 | 营养不良 | Malnutrition
4 | 中重度贫血 | Moderate or severe anaemia
5 | 活动期佝偻病 | Active rickets
6 | 先天性心脏病 | Congenital heart disease
7 | 反复感染 | Recurrent infections
8 | 超重/肥胖 | Overweight or obesity
9 | 其他 | Other

@ case_closure_outcome | 专案管理转归 | Case-management outcome | platform
1 | 痊愈 | Recovered
2 | 好转 | Improved
3 | 未愈 | Not improved
4 | 转诊 | Referred
5 | 失访 | Lost to follow-up
6 | 死亡 | Died
9 | 其他 | Other

@ screening_result | 筛查结果 | Screening result | platform
1 | 通过/阴性 | Passed / negative
2 | 未通过/阳性 | Referred / positive
3 | 未筛查 | Not screened

@ posneg_result | 阴阳性结果 | Qualitative result | platform
1 | 阴性 | Negative
2 | 阳性 | Positive
3 | 可疑/弱阳性 | Equivocal / weakly positive
9 | 未检测 | Not tested

@ pregnancy_risk_color | 妊娠风险分级 | Pregnancy risk level (five colours) | 《孕产妇妊娠风险评估与管理工作规范》(国卫办妇幼发〔2017〕35号) 五色分级; codes platform-assigned
1 | 绿色(低风险) | Green (low risk)
2 | 黄色(一般风险) | Yellow (general risk)
3 | 橙色(较高风险) | Orange (higher risk)
4 | 红色(高风险) | Red (high risk)
5 | 紫色(传染性疾病) | Purple (infectious disease)

@ aefi_classification | 预防接种异常反应分类 | AEFI classification | 《全国疑似预防接种异常反应监测方案》(2010) 反应分类; codes platform-assigned
1 | 一般反应 | Common reaction
2 | 异常反应 | Rare (abnormal) reaction
3 | 疫苗质量事故 | Vaccine quality defect
4 | 接种事故 | Programme error
5 | 偶合症 | Coincidental event
6 | 心因性反应 | Immunisation anxiety reaction
9 | 待定 | Undetermined

@ vaccine_stock_txn | 疫苗出入库类型 | Vaccine stock transaction | platform
1 | 入库 | Receipt
2 | 接种使用出库 | Issued for vaccination
3 | 调拨出库 | Transferred out
4 | 报损 | Written off
5 | 退回 | Returned
6 | 盘点调整 | Stock-count adjustment

@ rabies_exposure_grade | 狂犬病暴露分级 | Rabies exposure category | 《狂犬病暴露预防处置工作规范(2009年版)》 暴露分级
1 | Ⅰ级暴露 | Category I
2 | Ⅱ级暴露 | Category II
3 | Ⅲ级暴露 | Category III

@ contract_status | 签约状态 | Contract status | platform
1 | 有效 | Active
2 | 已解约 | Terminated
3 | 已到期 | Expired
4 | 待审核 | Pending

@ fd_member_role | 家庭医生团队角色 | Family-doctor team role | platform, after 《关于规范家庭医生签约服务管理的指导意见》(国卫基层发〔2018〕35号)
1 | 团队长(家庭医生) | Team leader (family doctor)
2 | 全科医生 | General practitioner
3 | 专科医生 | Specialist
4 | 护士 | Nurse
5 | 公共卫生医师 | Public health physician
6 | 药师 | Pharmacist
7 | 健康管理师 | Health manager
8 | 乡村医生 | Village doctor
9 | 其他 | Other

@ phe_level | 突发公共卫生事件分级 | Public health emergency level | 《国家突发公共卫生事件应急预案》(2006) 分级; 9 = not yet graded
1 | 特别重大(Ⅰ级) | Extraordinarily serious (I)
2 | 重大(Ⅱ级) | Serious (II)
3 | 较大(Ⅲ级) | Major (III)
4 | 一般(Ⅳ级) | General (IV)
9 | 未分级 | Not graded

@ phe_category | 突发公共卫生事件类别 | Public health event category | 《突发公共卫生事件相关信息报告管理工作规范(试行)》(2005) 事件类别; codes platform-assigned
1 | 传染病事件 | Infectious disease event
2 | 食物中毒事件 | Food poisoning
3 | 职业中毒事件 | Occupational poisoning
4 | 其他中毒事件 | Other poisoning
5 | 环境因素事件 | Environmental health event
6 | 预防接种和预防服药群体性不良反应 | Mass adverse reaction to vaccination or prophylaxis
7 | 群体性不明原因疾病 | Cluster of disease of unknown cause
8 | 医疗机构内感染事件 | Healthcare-associated infection outbreak
9 | 放射性卫生事件 | Radiation health event
10 | 其他公共卫生事件 | Other

@ phe_report_type | 事件报告类型 | Event report type | 《突发公共卫生事件相关信息报告管理工作规范(试行)》(2005) 初次/进程/结案报告
1 | 初次报告 | Initial report
2 | 进程报告 | Progress report
3 | 结案报告 | Final report

@ supervision_type | 卫生监督协管类别 | Health supervision assistance category | 国家基本公共卫生服务规范(第三版) 卫生计生监督协管服务规范; codes platform-assigned
1 | 食源性疾病及相关信息 | Foodborne disease information
2 | 饮用水卫生安全 | Drinking-water safety
3 | 学校卫生 | School health
4 | 非法行医和非法采供血 | Illegal medical practice and blood collection
5 | 计划生育 | Family planning
9 | 其他 | Other

@ he_activity_type | 健康教育活动类型 | Health education activity type | 国家基本公共卫生服务规范(第三版) 健康教育服务规范 服务形式; codes platform-assigned
1 | 发放印刷资料 | Printed materials
2 | 播放音像资料 | Audio-visual materials
3 | 健康教育宣传栏 | Bulletin board
4 | 公众健康咨询活动 | Public health consultation event
5 | 健康知识讲座 | Health lecture
6 | 个体化健康教育 | Individual health education
9 | 其他 | Other

@ tb_patient_type | 结核病患者类型 | TB patient type | 国家基本公共卫生服务规范(第三版) 肺结核患者第一次入户随访记录表 患者类型
1 | 初治 | New
2 | 复治 | Retreatment

@ tb_sputum | 痰菌情况 | Sputum bacteriology | 国家基本公共卫生服务规范(第三版) 肺结核患者随访服务记录表 痰菌情况
1 | 阳性 | Positive
2 | 阴性 | Negative
3 | 未查痰 | Not tested

@ tb_drug_resistance | 耐药情况 | Drug resistance | 国家基本公共卫生服务规范(第三版) 肺结核患者第一次入户随访记录表 耐药情况
1 | 耐药 | Resistant
2 | 非耐药 | Not resistant
3 | 未检测 | Not tested

@ tb_supervisor | 督导人员 | Treatment supporter | 国家基本公共卫生服务规范(第三版) 肺结核患者第一次入户随访记录表 督导人员选择
1 | 医生 | Doctor
2 | 家属 | Family member
3 | 自服药 | Self-administered
4 | 其他 | Other

@ health_problem_system | 现存主要健康问题 | Main health problem group | 国家基本公共卫生服务规范(第三版) 健康体检表 现存主要健康问题 rows; codes platform-assigned
1 | 脑血管疾病 | Cerebrovascular disease
2 | 肾脏疾病 | Kidney disease
3 | 心脏疾病 | Heart disease
4 | 血管疾病 | Vascular disease
5 | 眼部疾病 | Eye disease
6 | 神经系统疾病 | Nervous system disease
7 | 其他系统疾病 | Other

@ lips_appearance | 口唇外观 | Lips | 国家基本公共卫生服务规范(第三版) 健康体检表 口唇 (WS 364 CV04.10.007)
1 | 红润 | Rosy
2 | 苍白 | Pale
3 | 发绀 | Cyanotic
4 | 皲裂 | Chapped
5 | 疱疹 | Herpes

@ pharynx_exam | 咽部检查结果 | Pharynx | 国家基本公共卫生服务规范(第三版) 健康体检表 咽部
1 | 无充血 | No congestion
2 | 充血 | Congested
3 | 淋巴滤泡增生 | Lymphoid follicle hyperplasia

@ hearing_result | 听力检测结果 | Hearing | 国家基本公共卫生服务规范(第三版) 健康体检表 听力
1 | 听见 | Hears
2 | 听不清或无法听见 | Cannot hear clearly or at all

@ motor_function | 运动功能状态 | Motor function | 国家基本公共卫生服务规范(第三版) 健康体检表 运动功能
1 | 可顺利完成 | Completes the tasks
2 | 无法独立完成任何一个动作 | Cannot complete any task alone

@ skin_exam | 皮肤检查结果 | Skin | 国家基本公共卫生服务规范(第三版) 健康体检表 皮肤 (WS 364 CV04.10.004)
1 | 正常 | Normal
2 | 潮红 | Flushed
3 | 苍白 | Pale
4 | 发绀 | Cyanotic
5 | 黄染 | Jaundiced
6 | 色素沉着 | Pigmented
7 | 其他 | Other

@ sclera_exam | 巩膜检查结果 | Sclera | 国家基本公共卫生服务规范(第三版) 健康体检表 巩膜 (WS 364 CV04.10.006)
1 | 正常 | Normal
2 | 黄染 | Icteric
3 | 充血 | Congested
4 | 其他 | Other

@ lymph_node_exam | 淋巴结检查结果 | Lymph nodes | 国家基本公共卫生服务规范(第三版) 健康体检表 淋巴结 (WS 364 CV04.10.011)
1 | 未触及 | Not palpable
2 | 锁骨上 | Supraclavicular
3 | 腋窝 | Axillary
4 | 其他 | Other

@ lower_limb_edema | 下肢水肿 | Lower-limb oedema | 国家基本公共卫生服务规范(第三版) 健康体检表 下肢水肿 (WS 364 CV04.10.014)
1 | 无 | None
2 | 单侧 | Unilateral
3 | 双侧不对称 | Bilateral, asymmetric
4 | 双侧对称 | Bilateral, symmetric

@ dorsalis_pedis | 足背动脉搏动 | Dorsalis pedis pulse | 国家基本公共卫生服务规范(第三版) 健康体检表 足背动脉搏动 (WS 364 CV04.10.015)
1 | 未触及 | Not palpable
2 | 触及双侧对称 | Palpable, symmetric
3 | 触及左侧弱或消失 | Left weak or absent
4 | 触及右侧弱或消失 | Right weak or absent

@ dentition | 齿列类别 | Dentition | 国家基本公共卫生服务规范(第三版) 健康体检表 齿列 (WS 364 CV04.10.010)
1 | 正常 | Normal
2 | 缺齿 | Missing teeth
3 | 龋齿 | Dental caries
4 | 义齿(假牙) | Dentures

@ population_tag | 重点人群标签 | Priority population | platform (basic public health service target groups and local assistance groups)
01 | 0~6岁儿童 | Child aged 0-6
02 | 孕产妇 | Pregnant or postpartum woman
03 | 65岁及以上老年人 | Aged 65 or over
04 | 高血压患者 | Hypertension patient
05 | 2型糖尿病患者 | Type 2 diabetes patient
06 | 严重精神障碍患者 | Severe mental disorder patient
07 | 肺结核患者 | Tuberculosis patient
08 | 残疾人 | Person with disability
09 | 计划生育特殊家庭 | Family-planning special family
10 | 低保/特困人员 | Subsistence-allowance or destitute person
99 | 其他 | Other

@ contraception_method | 避孕方法 | Contraceptive method | platform (基本避孕服务项目; WS 364 CV06.00.211 not verified)
1 | 宫内节育器 | Intra-uterine device
2 | 皮下埋植剂 | Implant
3 | 避孕针 | Injectable
4 | 口服避孕药 | Oral contraceptive
5 | 避孕套 | Condom
6 | 外用避孕药 | Spermicide
7 | 输卵管绝育 | Tubal sterilisation
8 | 输精管绝育 | Vasectomy
9 | 其他 | Other

@ stroke_type | 脑卒中类型 | Stroke subtype | 脑卒中发病报告卡 (ICD-10 I60/I61/I63/I64); codes platform-assigned
1 | 蛛网膜下腔出血 | Subarachnoid haemorrhage (I60)
2 | 脑出血 | Intracerebral haemorrhage (I61)
3 | 脑梗死 | Cerebral infarction (I63)
4 | 未分类脑卒中 | Stroke, not specified (I64)

@ chd_event_type | 冠心病事件类型 | Coronary event type | 冠心病急性事件报告卡; codes platform-assigned
1 | 急性心肌梗死 | Acute myocardial infarction
2 | 冠心病猝死 | Sudden coronary death
3 | 其他急性冠脉综合征 | Other acute coronary syndrome

@ cancer_diagnosis_basis | 肿瘤诊断依据 | Basis of cancer diagnosis | 《中国肿瘤登记工作指导手册》 诊断依据 (after IARC basis of diagnosis); codes platform-assigned
1 | 临床 | Clinical only
2 | X线、CT、超声、内窥镜 | Imaging or endoscopy
3 | 手术、尸检(无病理) | Surgery or autopsy without histology
4 | 生化、免疫 | Biochemical or immunological
5 | 细胞学、血片 | Cytology or haematology
6 | 病理(继发) | Histology of metastasis
7 | 病理(原发) | Histology of primary
8 | 尸检(有病理) | Autopsy with histology
9 | 不详 | Unknown
'''


def parse_value_sets(text):
    sets = OrderedDict()
    current = None
    for raw in text.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith('@ '):
            parts = [p.strip() for p in line[2:].split(' | ')]
            vid, zh, en, source = parts[:4]
            vs = OrderedDict(id=vid, nameZh=zh, nameEn=en, source=source)
            for extra in parts[4:]:
                key, _, value = extra.partition(':')
                vs[key] = value
            vs['codes'] = []
            sets[vid] = vs
            current = vs
            continue
        code, zh, en = [p.strip() for p in line.split(' | ')]
        current['codes'].append(OrderedDict(code=code, zh=zh, en=en))
    for vs in sets.values():
        if not vs['codes']:
            del vs['codes']
    return sets


# ---------------------------------------------------------------------------------------------------
# Column library: columns that recur across tables keep one name, one meaning and one type everywhere.
# ---------------------------------------------------------------------------------------------------
LIBRARY_TEXT = r'''
patient_id | 患者标识号 | Patient id (institution master patient index) | string(64) | el:-
health_card_no | 居民健康卡号 | Resident (electronic) health card number | string(64)
insurance_card_no | 医保卡号 | Medical insurance card number | string(32) | el:-
record_no | 健康档案编号 | Health record number (17-digit 城乡居民健康档案编号) | string(20)
id_type | 身份证件类别代码 | ID document type | code(2) | vs:id_document_type
id_no | 身份证件号码 | ID document number | string(18) | p:national_id
patient_name | 患者姓名 | Patient name | string(50) | el:姓名 | p:name
person_name | 姓名 | Name | string(50) | p:name
sex | 性别代码 | Sex | code(1) | vs:gb_t_2261_1_sex
birth_date | 出生日期 | Date of birth | date
age_years | 年龄(岁) | Age (years) | integer | el:年龄
phone | 联系电话 | Phone | string(20) | el:电话号码 | p:phone
ethnicity | 民族代码 | Ethnic group | code(2) | el:民族 | vs:gb_3304_ethnicity
marital_status | 婚姻状况代码 | Marital status | code(2) | vs:gb_t_2261_2_marital
occupation | 职业类别代码 | Occupation (personal status) | code(2) | vs:occupation
education | 学历代码 | Educational attainment | code(2) | vs:education
nationality_code | 国籍代码 | Nationality (GB/T 2659) | string(3) | el:国籍
work_unit | 工作单位名称 | Employer | string(100)
address_division | 现住址行政区划代码 | Current address division code | code(12) | el:行政区划代码 | vs:gb_t_2260_division
address | 现住址 | Current address | string(200) | p:address
postcode | 邮政编码 | Postcode | string(6)
contact_name | 联系人姓名 | Contact person name | string(50) | el:姓名 | p:name
contact_relation | 联系人与患者关系代码 | Contact's relationship to patient | code(1) | el:患者与本人关系代码 | vs:relationship
contact_phone | 联系人电话 | Contact phone | string(20) | el:电话号码 | p:phone
medical_payment_method | 医疗付费方式代码 | Medical payment method | code(2) | el:医疗费用支付方式代码 | vs:medical_payment_method
abo_blood_type | ABO血型代码 | ABO blood group | code(1) | vs:abo_blood_type
rh_blood_type | Rh血型代码 | Rh(D) blood group | code(1) | el:RH血型代码 | vs:rh_blood_type
allergy_history | 过敏史 | Allergy history | string(1000)
visit_no | 门(急)诊号 | Visit number | string(32) | el:门诊号
visit_time | 就诊日期时间 | Visit time | datetime
visit_type | 患者类型代码 | Patient (visit) type | code(1) | vs:visit_type
inpatient_no | 住院号 | Inpatient number (one admission) | string(32)
medical_record_no | 病案号 | Medical record number (one patient) | string(32)
hospitalization_times | 住院次数 | Admission sequence number | integer | el:住院次数(次)
admission_time | 入院日期时间 | Admission time | datetime
discharge_time | 出院日期时间 | Discharge time | datetime
request_no | 电子申请单编号 | Electronic request number | string(32)
record_id | 文书记录编号 | Document record id | string(64) | el:记录表单编号
dept_code | 科室代码 | Department code | code(10) | vs:department
dept_name | 科室名称 | Department name | string(50)
ward_code | 病区代码 | Ward code | string(20)
ward_name | 病区名称 | Ward name | string(50)
room_no | 病房号 | Room number | string(10)
bed_no | 病床号 | Bed number | string(10)
doctor_id | 医师工号 | Doctor id | string(20)
doctor_name | 医师姓名 | Doctor name | string(50) | el:姓名 | p:name
nurse_id | 护士工号 | Nurse id | string(20)
nurse_name | 护士姓名 | Nurse name | string(50) | el:姓名 | p:name
resident_doctor_id | 住院医师工号 | Resident doctor id | string(20)
resident_doctor_name | 住院医师姓名 | Resident doctor name | string(50) | el:姓名 | p:name
attending_doctor_id | 主治医师工号 | Attending doctor id | string(20)
attending_doctor_name | 主治医师姓名 | Attending doctor name | string(50) | el:姓名 | p:name
chief_doctor_id | 主任(副主任)医师工号 | Chief doctor id | string(20)
chief_doctor_name | 主任(副主任)医师姓名 | Chief doctor name | string(50) | el:姓名 | p:name
surgeon_id | 手术者工号 | Surgeon id | string(20)
surgeon_name | 手术者姓名 | Surgeon name | string(50) | el:姓名 | p:name
anesthesiologist_id | 麻醉医师工号 | Anaesthetist id | string(20)
anesthesiologist_name | 麻醉医师姓名 | Anaesthetist name | string(50) | el:姓名 | p:name
sign_time | 签名日期时间 | Signed at | datetime
diagnosis_code | 疾病诊断编码 | Diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
diagnosis_name | 疾病诊断名称 | Diagnosis name | string(128)
tcm_disease_code | 中医病名代码 | TCM disease code (GB/T 15657) | string(20)
tcm_disease_name | 中医病名名称 | TCM disease name | string(100)
tcm_syndrome_code | 中医证候代码 | TCM syndrome code (GB/T 15657) | string(20)
tcm_syndrome_name | 中医证候名称 | TCM syndrome name | string(100)
admission_diagnosis_code | 入院诊断编码 | Admission diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
admission_diagnosis_name | 入院诊断名称 | Admission diagnosis name | string(128) | el:疾病诊断名称
discharge_diagnosis_code | 出院主要诊断编码 | Principal discharge diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
discharge_diagnosis_name | 出院主要诊断名称 | Principal discharge diagnosis name | string(128) | el:疾病诊断名称
preop_diagnosis_code | 术前诊断编码 | Pre-operative diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
preop_diagnosis_name | 术前诊断名称 | Pre-operative diagnosis name | string(128) | el:疾病诊断名称
postop_diagnosis_code | 术后诊断编码 | Post-operative diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
postop_diagnosis_name | 术后诊断名称 | Post-operative diagnosis name | string(128) | el:疾病诊断名称
death_diagnosis_code | 死亡诊断编码 | Death diagnosis code (ICD-10) | code(20) | el:死亡诊断代码 | vs:icd10
death_diagnosis_name | 死亡诊断名称 | Death diagnosis name | string(128) | el:疾病诊断名称
operation_code | 手术及操作编码 | Procedure code (ICD-9-CM-3) | code(20) | el:手术/操作代码 | vs:icd9cm3
operation_name | 手术及操作名称 | Procedure name | string(128) | el:手术/操作名称
operation_time | 手术及操作日期时间 | Procedure time | datetime | el:手术/操作日期时间
anesthesia_method | 麻醉方法代码 | Anaesthesia method | code(3) | vs:anesthesia_method
asa_grade | ASA分级代码 | ASA physical status | code(1) | el:美国麻醉医师协会(ASA)分级标准代码 | vs:asa_grade
incision_class | 手术切口类别代码 | Surgical wound class | code(1) | vs:incision_class
healing_grade | 切口愈合等级代码 | Wound healing grade | code(1) | el:手术切口愈合等级代码 | vs:healing_grade
surgery_level | 手术级别代码 | Surgery grade | code(1) | vs:surgery_level
temperature | 体温(℃) | Body temperature (°C) | decimal(4,1) | el:体温(℃ )
pulse_rate | 脉率(次/min) | Pulse rate (/min) | integer | el:脉率(次/MIN)
heart_rate | 心率(次/min) | Heart rate (/min) | integer | el:心率(次/MIN)
respiratory_rate | 呼吸频率(次/min) | Respiratory rate (/min) | integer | el:呼吸频率(次/MIN)
systolic_bp | 收缩压(mmHg) | Systolic blood pressure (mmHg) | integer | el:收缩压(MMHG)
diastolic_bp | 舒张压(mmHg) | Diastolic blood pressure (mmHg) | integer | el:舒张压(MMHG)
spo2 | 血氧饱和度(%) | Oxygen saturation (%) | decimal(4,1) | el:血氧饱和度（%）
height_cm | 身高(cm) | Height (cm) | decimal(5,1) | el:身高(CM)
weight_kg | 体重(kg) | Weight (kg) | decimal(6,2) | el:体重(Kg)
waist_cm | 腰围(cm) | Waist circumference (cm) | decimal(5,1) | el:腰围(CM)
bmi | 体质指数(kg/m²) | Body-mass index (kg/m²) | decimal(5,2) | el:体质指数
fasting_glucose | 空腹血糖值(mmol/L) | Fasting plasma glucose (mmol/L) | decimal(5,2) | el:空腹血糖值(MMOL/L)
chief_complaint | 主诉 | Chief complaint | string(500)
present_illness | 现病史 | History of present illness | string(4000)
past_history | 既往史 | Past medical history | string(2000)
personal_history | 个人史 | Personal history | string(1000)
family_history | 家族史 | Family history | string(1000)
physical_exam | 体格检查 | Physical examination | string(4000)
auxiliary_exam_result | 辅助检查结果 | Ancillary test results | string(2000)
tcm_four_diagnosis | 中医四诊观察结果 | TCM four-examination findings | string(1000)
treatment_principle | 治则治法 | TCM treatment principle and method | string(200)
treatment_course | 诊疗过程描述 | Course of treatment | string(4000)
admission_status | 入院情况 | Condition on admission | string(2000)
discharge_status | 出院情况 | Condition at discharge | string(2000)
discharge_order | 出院医嘱 | Discharge instructions | string(2000)
treatment_plan | 诊疗计划 | Treatment plan | string(2000)
current_status | 目前情况 | Current condition | string(2000)
precautions | 注意事项 | Precautions | string(1000)
record_time | 记录日期时间 | Recorded at | datetime
followup_no | 随访记录编号 | Follow-up record number | string(32) | el:记录表单编号
followup_date | 随访日期 | Follow-up date | date
followup_method | 随访方式代码 | Follow-up method | code(1) | vs:followup_method
next_followup_date | 下次随访日期 | Next follow-up date | date | el:预约日期
followup_doctor_id | 随访医生工号 | Follow-up doctor id | string(20)
followup_doctor_name | 随访医生姓名 | Follow-up doctor name | string(50) | el:姓名 | p:name
referral_flag | 转诊标志 | Referred | boolean
referral_reason | 转诊原因 | Referral reason | string(500)
referral_institution | 转诊机构及科别 | Referral institution and department | string(100) | el:-
total_amount | 费用总额(元) | Total amount (yuan) | decimal(12,2)
'''


# ---------------------------------------------------------------------------------------------------
# Tables. req: H = hospital catalogue only, D = district catalogue only, HD = both (shared: one
# definition, emitted identically in both catalogues). vendor = the hic-demo tables the column content
# follows (provenance; checked to exist in the vendor source).
# ---------------------------------------------------------------------------------------------------
TABLES = []


def T(code, zh, en, cat, req, bk, et, docs, cols, roles=(), rt=None, vendor=''):
    TABLES.append(dict(code=code, zh=zh, en=en, cat=cat, req=req, bk=bk.split(), et=et,
                       docs=docs.split(), roles=list(roles), rt=rt, vendor=vendor.split(), cols=cols))


# ---- 基础字典 ---------------------------------------------------------------------------------------
T('dict_department', '科室字典', 'Department dictionary', '基础字典', 'HD', 'local_dept_code', 'valid_from', '', '''
local_dept_code! | 院内科室代码 | Local department code | string(20) | el:-
local_dept_name! | 院内科室名称 | Local department name | string(50) | el:科室名称
dept_code! | 标准科室代码(诊疗科目) | Standard department code (诊疗科目) | code(10) | el:科室代码 | vs:department
dept_name | 标准科室名称 | Standard department name | string(50) | el:科室名称
parent_dept_code | 上级科室代码 | Parent local department code | string(20)
dept_type! | 科室类型 | Department type | code(1) | vs:dept_type
is_outpatient | 开设门诊标志 | Runs outpatient clinics | boolean
is_inpatient | 设置病床标志 | Has inpatient beds | boolean
approved_beds | 编制床位数 | Approved beds | integer
open_beds | 实际开放床位数 | Beds in use | integer
location | 科室位置 | Location | string(100)
dept_phone | 科室电话 | Department phone | string(20)
director_id | 科主任工号 | Head of department id | string(20)
director_name | 科主任姓名 | Head of department name | string(50) | el:姓名 | p:name
valid_from! | 启用日期 | Valid from | date
valid_to | 停用日期 | Valid to | date
is_active! | 有效标志 | Active | boolean
''')

T('dict_staff', '医务人员字典', 'Staff dictionary', '基础字典', 'HD', 'staff_id', 'valid_from', '', '''
staff_id! | 人员工号 | Staff id | string(20)
staff_name! | 姓名 | Staff name | string(50) | p:name
sex | 性别代码 | Sex | code(1) | vs:gb_t_2261_1_sex
birth_date
id_type
id_no
local_dept_code! | 所在院内科室代码 | Local department code | string(20)
dept_code | 所在科室代码(诊疗科目) | Standard department code | code(10) | el:科室代码 | vs:department
staff_category! | 人员类别 | Staff category | code(2) | vs:staff_category
professional_title | 专业技术职务代码 | Professional title | code(3) | el:专业技术职务类别代码 | vs:professional_title
practice_category | 执业类别 | Practice category | code(1) | vs:practice_category
practice_scope | 执业范围 | Scope of practice | string(100)
qualification_cert_no | 资格证书编号 | Qualification certificate number | string(30)
practice_cert_no | 执业证书编号 | Practice certificate number | string(30)
is_multi_site | 多机构执业标志 | Practises at several institutions | boolean
is_prescriber | 处方权标志 | Has prescribing rights | boolean
antibiotic_privilege | 抗菌药物处方权级别 | Antimicrobial prescribing level | code(1) | vs:antibiotic_grade
education
phone
valid_from! | 入职(启用)日期 | Valid from | date
valid_to | 离职(停用)日期 | Valid to | date
is_active! | 有效标志 | Active | boolean
''')

T('dict_drug', '药品目录字典', 'Drug dictionary', '基础字典', 'HD', 'drug_code', 'valid_from', '', '''
drug_code! | 院内药品代码 | Local drug code | string(50)
drug_name! | 药品通用名 | Generic name | string(200) | el:药物名称
trade_name | 商品名 | Trade name | string(200)
insurance_drug_code | 国家医保药品代码 | National insurance drug code | string(50)
national_drug_code | 药品本位码 | National drug standard code (本位码) | string(14)
approval_no | 批准文号 | Approval number | string(50)
drug_category! | 药品类别 | Drug category | code(1) | vs:drug_category
specification | 药物规格 | Strength / specification | string(100)
dosage_form | 剂型名称 | Dosage form | string(30) | el:-
manufacturer | 生产企业 | Manufacturer | string(200)
package_unit | 包装单位 | Package unit | string(20)
minimum_unit | 最小单位 | Minimum unit | string(20)
conversion_factor | 包装转换系数 | Units per package | integer
retail_price | 零售价(元) | Retail price (yuan) | decimal(12,4)
is_essential | 国家基本药物标志 | On the national essential medicines list | boolean
antibiotic_grade | 抗菌药物分级 | Antimicrobial restriction class | code(1) | vs:antibiotic_grade
special_drug_type | 特殊管理药品类别 | Specially controlled drug class | code(1) | vs:special_drug_type
insurance_class | 医保目录类别 | Insurance list class | code(1) | vs:insurance_item_class
valid_from! | 启用日期 | Valid from | date
is_active! | 有效标志 | Active | boolean
''')

T('dict_charge_item', '收费项目字典', 'Charge item dictionary', '基础字典', 'HD', 'item_code', 'valid_from', '', '''
item_code! | 院内收费项目代码 | Local charge item code | string(50)
item_name! | 收费项目名称 | Charge item name | string(200)
price_item_code | 医疗服务价格项目编码 | Provincial medical-service price item code | string(30)
insurance_item_code | 国家医保项目编码 | National insurance item code | string(50)
charge_category! | 费用分类代码 | Charge category | code(2) | vs:charge_category
unit | 计价单位 | Pricing unit | string(20)
price! | 单价(元) | Unit price (yuan) | decimal(12,2)
item_connotation | 项目内涵 | Included content | string(1000)
excluded_content | 除外内容 | Excluded content | string(500)
insurance_class | 医保目录类别 | Insurance list class | code(1) | vs:insurance_item_class
valid_from! | 启用日期 | Valid from | date
is_active! | 有效标志 | Active | boolean
''')

# ---- 门急诊 -----------------------------------------------------------------------------------------
T('patient_master_index', '患者基本信息', 'Patient master index', '门急诊', 'HD', 'patient_id', 'register_time', 'C0001', '''
patient_id!
health_card_no
insurance_card_no
id_type
id_no
patient_name!
sex!
birth_date!
ethnicity
marital_status
occupation
education
nationality_code
work_unit
address_division
address
postcode
phone
contact_name
contact_relation
contact_phone
medical_payment_method
abo_blood_type
rh_blood_type
allergy_history
register_time! | 建档日期时间 | Registered at | datetime
''', vendor='DC_BLGY_HZJBXX DC_BLGY_JBJKXX')

T('outpatient_registration', '门(急)诊挂号记录', 'Outpatient registration', '门急诊', 'HD', 'registration_no', 'registration_time', '', '''
registration_no! | 挂号流水号 | Registration number | string(32)
visit_no!
patient_id!
id_type
id_no
patient_name!
sex
birth_date
visit_type! | 就诊类型代码 | Visit type | code(1) | vs:visit_type
registration_time! | 挂号日期时间 | Registered at | datetime
registration_channel | 挂号方式 | Registration channel | code(1) | vs:registration_channel
is_appointment | 预约挂号标志 | Booked in advance | boolean
appointment_time | 预约就诊时间 | Appointment time | datetime
clinic_type_name | 号别名称 | Clinic type (普通/专家/特需...) | string(50)
dept_code!
dept_name
doctor_id
doctor_name
registration_fee | 挂号费(元) | Registration fee (yuan) | decimal(10,2)
consultation_fee | 诊查费(元) | Consultation fee (yuan) | decimal(10,2)
medical_payment_method
is_cancelled | 退号标志 | Cancelled | boolean
cancel_time | 退号日期时间 | Cancelled at | datetime
''')

T('outpatient_diagnosis', '门(急)诊诊断', 'Outpatient diagnosis', '门急诊', 'HD', 'visit_no diagnosis_seq', 'diagnosis_time', 'C0002 C0003', '''
visit_no!
patient_id!
patient_name
diagnosis_seq! | 诊断序号 | Diagnosis sequence number | integer
diagnosis_kind! | 诊断体系 | Diagnosis system | code(1) | vs:diagnosis_kind
is_primary! | 主要诊断标志 | Principal diagnosis | boolean
diagnosis_code
diagnosis_name!
tcm_disease_code
tcm_disease_name
tcm_syndrome_code
tcm_syndrome_name
is_suspected | 疑似诊断标志 | Suspected diagnosis | boolean
is_infectious | 传染病标志 | Notifiable infectious disease | boolean
diagnosis_time! | 诊断日期时间 | Diagnosed at | datetime
dept_code
doctor_id
doctor_name
''', vendor='DC_MJZBL_MJZBL_XYZD DC_MJZBL_MJZBL_ZYBM DC_MJZBL_MJZBL_ZYZH')

T('outpatient_medical_record', '门(急)诊病历', 'Outpatient medical record', '门急诊', 'HD', 'record_id', 'visit_time', 'C0002', '''
record_id!
visit_no!
patient_id!
id_no
patient_name!
sex
age_years
visit_time!
dept_code!
dept_name
is_first_visit | 初诊标志代码 | First visit flag | code(1) | vs:yes_no
chief_complaint!
present_illness
past_history
allergy_history
physical_exam
auxiliary_exam_result
tcm_four_diagnosis
diagnosis_code
diagnosis_name
tcm_disease_code
tcm_disease_name
tcm_syndrome_code
tcm_syndrome_name
syndrome_basis | 辨证依据 | Basis of syndrome differentiation | string(1000)
treatment_principle
handling_advice | 处理及指导意见 | Management and advice | string(2000)
doctor_id!
doctor_name
sign_time
''', vendor='DC_MJZBL_MJZBL DC_MJZBL_MJZBL_GMS DC_MJZBL_MJZBL_FZJCXM')

T('emergency_observation_record', '急诊留观病历', 'Emergency observation record', '门急诊', 'H', 'record_id', 'observation_time', 'C0003', '''
record_id!
visit_no!
patient_id!
id_no
patient_name!
sex
age_years
dept_code
observation_time! | 收入观察室日期时间 | Admitted to observation at | datetime
chief_complaint
present_illness
past_history
physical_exam
auxiliary_exam_result
diagnosis_code
diagnosis_name
observation_course | 急诊留观病程记录 | Observation course notes | string(4000)
rescue_start_time | 抢救开始日期时间 | Resuscitation started at | datetime
rescue_end_time | 抢救结束日期时间 | Resuscitation ended at | datetime
rescue_measures | 抢救措施 | Resuscitation measures | string(2000)
patient_destination | 患者去向代码 | Destination | code(1) | vs:patient_destination
leave_observation_time | 离开观察室日期时间 | Left observation at | datetime
doctor_id
doctor_name
''', vendor='DC_MJZBL_JZLGBL')

T('emergency_triage', '急诊预检分诊记录', 'Emergency triage', '门急诊', 'H', 'triage_no', 'triage_time', '', '''
triage_no! | 分诊流水号 | Triage number | string(32)
visit_no
patient_id
id_type
id_no
patient_name! | 患者姓名 | Patient name (may be a placeholder for unidentified patients) | string(50) | el:姓名 | p:name
sex!
age_years
arrival_time! | 到院日期时间 | Arrived at | datetime
arrival_mode | 来院方式 | Mode of arrival | code(1) | vs:arrival_mode
triage_time! | 分诊日期时间 | Triaged at | datetime
chief_complaint
temperature
pulse_rate
respiratory_rate
systolic_bp
diastolic_bp
spo2
consciousness | 意识状态(AVPU) | Level of consciousness | code(1) | vs:consciousness_avpu
gcs_score | 格拉斯哥昏迷评分 | Glasgow coma score | integer
pain_score | 疼痛评分(NRS) | Pain score (NRS 0-10) | integer
triage_level! | 急诊病情分级 | Triage level | code(1) | vs:emergency_triage_level
triage_area | 急诊分区 | Emergency area | code(1) | vs:emergency_area
is_green_channel | 绿色通道标志 | Fast-track (chest pain, stroke, trauma) | boolean
dept_code | 分诊科室代码 | Department triaged to | code(10) | el:科室代码 | vs:department
nurse_id
nurse_name
''', rt=(9, 'PT30M'))

T('outpatient_prescription', '门(急)诊处方', 'Outpatient prescription', '医嘱处方', 'HD', 'prescription_no', 'prescription_time', 'C0004 C0005', '''
prescription_no! | 处方编号 | Prescription number | string(32)
visit_no!
patient_id!
id_type
id_no
patient_name!
sex!
age_years
weight_kg
prescription_type! | 处方类型 | Prescription type | code(1) | vs:prescription_type
prescription_category | 处方类别代码 | Prescription category | code(1) | vs:prescription_category
prescription_time! | 处方开立日期时间 | Prescribed at | datetime | el:处方开立日期
dept_code!
dept_name
diagnosis_code
diagnosis_name
tcm_disease_code
tcm_disease_name
tcm_syndrome_code
tcm_syndrome_name
doctor_id!
doctor_name
review_pharmacist_id | 处方审核药剂师工号 | Reviewing pharmacist id | string(20)
review_time | 处方审核日期时间 | Reviewed at | datetime
dispense_pharmacist_id | 处方发药药剂师工号 | Dispensing pharmacist id | string(20)
dispense_time | 发药日期时间 | Dispensed at | datetime
valid_days | 处方有效天数 | Valid days | integer
total_amount | 处方药品金额(元) | Prescription amount (yuan) | decimal(12,2)
is_cancelled | 作废标志 | Cancelled | boolean
remarks | 处方备注信息 | Remarks | string(200)
''', rt=(4, 'PT2H'), vendor='DC_MJZCF_XYCF DC_MJZCF_ZYCF')

T('outpatient_prescription_item', '门(急)诊处方明细', 'Outpatient prescription item', '医嘱处方', 'HD', 'prescription_no item_seq', 'prescription_time', 'C0004 C0005', '''
prescription_no! | 处方编号 | Prescription number | string(32)
item_seq! | 明细序号 | Item number | integer
visit_no!
patient_id!
prescription_time! | 处方开立日期时间 | Prescribed at | datetime | el:处方开立日期
group_no | 处方药品组号 | Drug group number | string(20)
drug_code! | 院内药品代码 | Local drug code | string(50)
drug_name! | 药物名称 | Drug name | string(200)
insurance_drug_code | 国家医保药品代码 | National insurance drug code | string(50)
specification | 药物规格 | Strength / specification | string(100)
dosage_form | 剂型名称 | Dosage form | string(30)
dose_per_time | 药物使用次剂量 | Dose per administration | decimal(12,4)
dose_unit | 药物使用剂量单位 | Dose unit | string(20)
frequency_code | 药物使用频次代码 | Frequency code (qd, bid, tid...) | string(20)
frequency_name | 药物使用频率 | Frequency | string(50)
route_code | 用药途径代码 | Route of administration | code(3) | el:药物使用途径代码 | vs:drug_route
days | 用药天数 | Days supplied | integer
total_dose | 药物使用总剂量 | Total dose | decimal(12,4)
quantity | 发药数量 | Quantity dispensed | decimal(12,2)
quantity_unit | 发药单位 | Dispensing unit | string(20)
unit_price | 单价(元) | Unit price (yuan) | decimal(12,4)
amount | 金额(元) | Amount (yuan) | decimal(12,2)
is_skin_test_required | 皮试标志 | Skin test required | boolean
remarks | 医嘱备注信息 | Remarks | string(200)
''', vendor='DC_MJZCF_XYCF_YYMX DC_MJZCF_ZYCF_CFMX')

T('tcm_herbal_prescription', '中药饮片处方', 'Chinese herbal prescription', '医嘱处方', 'HD', 'prescription_no', 'prescription_time', 'C0005', '''
prescription_no! | 处方编号 | Prescription number | string(32)
visit_no!
patient_id!
patient_name!
prescription_time! | 处方开立日期时间 | Prescribed at | datetime | el:处方开立日期
tcm_disease_code
tcm_disease_name
tcm_syndrome_code
tcm_syndrome_name
diagnosis_code
diagnosis_name
treatment_principle
herbal_prescription! | 中药饮片处方 | Herbal formula (herbs, quantities, processing) | string(2000)
dose_count! | 中药饮片剂数(剂) | Number of doses | integer | el:中药饮片剂数(剂)
decoction_method | 中药饮片煎煮法 | Decoction method | string(200)
usage_method | 中药用药方法 | Administration method | string(200)
is_pharmacy_decoction | 代煎标志 | Decocted by the pharmacy | boolean
doctor_id!
doctor_name
total_amount | 处方药品金额(元) | Prescription amount (yuan) | decimal(12,2)
''', vendor='DC_MJZCF_ZYCF DC_MJZCF_ZYCF_ZYYPCF')

T('outpatient_fee_detail', '门(急)诊费用明细', 'Outpatient charge detail', '费用', 'HD', 'fee_detail_no', 'charge_time', '', '''
fee_detail_no! | 费用明细流水号 | Charge line number | string(40)
visit_no!
patient_id!
prescription_no | 处方编号 | Prescription number | string(32)
settlement_no | 结算流水号 | Settlement number | string(40)
charge_time! | 收费日期时间 | Charged at | datetime
item_code! | 院内收费项目代码 | Local charge item code | string(50)
item_name! | 收费项目名称 | Charge item name | string(200)
charge_category! | 门诊费用分类代码 | Charge category | code(2) | vs:charge_category
specification | 规格 | Specification | string(100)
unit | 计价单位 | Unit | string(20)
quantity! | 数量 | Quantity | decimal(12,2)
unit_price! | 单价(元) | Unit price (yuan) | decimal(12,4)
amount! | 金额(元) | Amount (yuan) | decimal(12,2) | el:门诊费用金额(元)
insurance_class | 医保目录类别 | Insurance list class | code(1) | vs:insurance_item_class
self_pay_ratio | 自付比例 | Self-pay ratio | decimal(5,4)
dept_code | 开单科室代码 | Ordering department | code(10) | el:科室代码 | vs:department
doctor_id | 开单医师工号 | Ordering doctor id | string(20)
is_refund | 退费标志 | Refund line | boolean
''')

T('outpatient_settlement', '门(急)诊收费结算', 'Outpatient settlement', '费用', 'HD', 'settlement_no', 'settlement_time', 'C0001', '''
settlement_no! | 结算流水号 | Settlement number | string(40)
visit_no!
patient_id!
id_no
patient_name!
settlement_time! | 结算日期时间 | Settled at | datetime
medical_payment_method!
insurance_settlement_id | 医保结算编号 | Insurance settlement id | string(64)
total_amount! | 医疗费用总额(元) | Total amount (yuan) | decimal(12,2) | el:门诊费用金额(元)
fund_payment | 基本医疗保险统筹基金支付(元) | Pooled fund payment (yuan) | decimal(12,2)
account_payment | 个人账户支付(元) | Personal account payment (yuan) | decimal(12,2)
other_fund_payment | 其他基金支付(元) | Other fund payment (yuan) | decimal(12,2)
cash_payment | 个人现金支付(元) | Cash payment (yuan) | decimal(12,2)
self_burden_amount | 个人承担费用(元) | Patient share (yuan) | decimal(12,2)
fee_western_drug | 西药费(元) | Western medicine (yuan) | decimal(12,2)
fee_patent_drug | 中成药费(元) | Chinese patent medicine (yuan) | decimal(12,2)
fee_herbal_drug | 中草药费(元) | Chinese herbal medicine (yuan) | decimal(12,2)
fee_exam | 检查费(元) | Examinations (yuan) | decimal(12,2)
fee_lab | 化验费(元) | Laboratory tests (yuan) | decimal(12,2)
fee_treatment | 治疗费(元) | Treatment (yuan) | decimal(12,2)
fee_material | 卫生材料费(元) | Medical supplies (yuan) | decimal(12,2)
fee_service | 挂号诊查费(元) | Registration and consultation (yuan) | decimal(12,2)
fee_other | 其他费(元) | Other (yuan) | decimal(12,2)
invoice_no | 电子票据号码 | E-invoice number | string(50)
is_refund | 退费标志 | Refund | boolean
original_settlement_no | 原结算流水号 | Original settlement number (for refunds) | string(40)
cashier_id | 收费员工号 | Cashier id | string(20)
''', rt=(11, 'PT2H'), vendor='DC_BLGY_YLFYJL')

# ---- 住院 -------------------------------------------------------------------------------------------
T('inpatient_admission', '入院登记', 'Inpatient admission', '住院', 'HD', 'inpatient_no', 'admission_time', 'C0032 C0034', '''
inpatient_no!
medical_record_no
hospitalization_times
patient_id!
health_card_no
id_type
id_no
patient_name!
sex!
birth_date!
age_years
ethnicity
marital_status
occupation
address
phone
contact_name
contact_relation
contact_phone
medical_payment_method
visit_no | 门(急)诊号 | Visit number of the admitting encounter | string(32) | el:门诊号
admission_time!
admission_route! | 入院途径代码 | Admission route | code(1) | vs:admission_route
dept_code! | 入院科室代码 | Admitting department | code(10) | el:科室代码 | vs:department
dept_name | 入院科室名称 | Admitting department name | string(50) | el:科室名称
ward_code
ward_name
bed_no
admission_diagnosis_code
admission_diagnosis_name
outpatient_doctor_id | 门(急)诊医师工号 | Admitting outpatient doctor id | string(20)
prepayment | 预交金额(元) | Deposit (yuan) | decimal(12,2)
''', rt=(3, 'PT2H'), vendor='DC_ZYBA_BASY DC_RYJL_JBXX')

T('admission_record', '入院记录', 'Admission note', '住院', 'HD', 'record_id', 'admission_time', 'C0034', '''
record_id!
inpatient_no!
patient_id!
id_no
patient_name!
sex!
age_years
admission_time!
dept_code!
bed_no
informant_name | 病史陈述者姓名 | Informant name | string(50) | p:name
informant_relation | 陈述者与患者关系代码 | Informant's relationship to patient | code(1) | el:患者与本人关系代码 | vs:relationship
is_informant_reliable | 陈述内容可靠标志 | Informant reliable | boolean
chief_complaint!
present_illness!
past_history
personal_history
marriage_childbearing_history | 婚育史 | Marital and childbearing history | string(1000)
menstrual_history | 月经史 | Menstrual history | string(1000)
family_history
allergy_history
temperature
pulse_rate
respiratory_rate
systolic_bp
diastolic_bp
physical_exam
specialty_exam | 专科情况 | Specialty examination | string(2000)
auxiliary_exam_result
tcm_four_diagnosis
admission_diagnosis_code
admission_diagnosis_name!
tcm_disease_code
tcm_disease_name
tcm_syndrome_code
tcm_syndrome_name
resident_doctor_id
resident_doctor_name
attending_doctor_id
attending_doctor_name
record_time
''', vendor='DC_RYJL_JBXX')

T('admission_discharge_24h', '24小时内入出院记录', 'Admission and discharge within 24 hours', '住院', 'H', 'record_id', 'discharge_time', 'C0035', '''
record_id!
inpatient_no!
patient_id!
id_no
patient_name!
sex!
age_years
admission_time!
discharge_time!
dept_code!
chief_complaint
present_illness
admission_status
admission_diagnosis_code
admission_diagnosis_name
treatment_course
discharge_status
discharge_diagnosis_code
discharge_diagnosis_name
discharge_order
discharge_disposition | 离院方式代码 | Discharge disposition | code(1) | vs:discharge_disposition
resident_doctor_id
resident_doctor_name
attending_doctor_id
attending_doctor_name
''', vendor='DC_RYJL_RCYJL DC_RYJL_RCYJL_CYXYZD')

T('admission_death_24h', '24小时内入院死亡记录', 'Death within 24 hours of admission', '住院', 'H', 'record_id', 'death_time', 'C0036', '''
record_id!
inpatient_no!
patient_id!
id_no
patient_name!
sex!
age_years
admission_time!
death_time! | 死亡日期时间 | Time of death | datetime
dept_code!
chief_complaint
admission_status
admission_diagnosis_code
admission_diagnosis_name
treatment_course
death_cause | 死亡原因 | Cause of death | string(500)
death_diagnosis_code
death_diagnosis_name
resident_doctor_id
resident_doctor_name
attending_doctor_id
attending_doctor_name
chief_doctor_id
chief_doctor_name
''', vendor='DC_RYJL_RYSWJL DC_RYJL_RYSWJL_SWXYZD')

T('inpatient_diagnosis', '住院诊断', 'Inpatient diagnosis', '住院', 'HD', 'inpatient_no diagnosis_category diagnosis_seq', 'diagnosis_time', 'C0034 C0037 C0049 C0053', '''
inpatient_no!
patient_id!
diagnosis_category! | 诊断类别 | Diagnosis category | code(2) | vs:diagnosis_category
diagnosis_seq! | 诊断序号 | Diagnosis sequence number | integer
diagnosis_kind! | 诊断体系 | Diagnosis system | code(1) | vs:diagnosis_kind
is_primary | 主要诊断标志 | Principal diagnosis | boolean
diagnosis_code
diagnosis_name!
tcm_disease_code
tcm_disease_name
tcm_syndrome_code
tcm_syndrome_name
admission_condition | 入院病情代码 | Condition on admission | code(1) | vs:admission_condition
diagnosis_time! | 诊断日期时间 | Diagnosed at | datetime
dept_code
doctor_id
doctor_name
''', vendor='DC_CYXJ_CYXJ_RYXYZD DC_CYXJ_CYXJ_CYXYZD DC_ZYBCJL_CYJL_CYXYZD')

T('inpatient_case_front_page', '住院病案首页', 'Inpatient case front page', '住院', 'HD', 'inpatient_no', 'discharge_time', 'C0032', '''
inpatient_no!
medical_record_no!
hospitalization_times!
patient_id!
health_card_no
medical_payment_method!
id_type
id_no
patient_name!
sex!
birth_date!
age_years
nationality_code
ethnicity
marital_status
occupation
newborn_birth_weight_g | 新生儿出生体重(g) | Newborn birth weight (g) | integer | el:出生体重(G)
newborn_admission_weight_g | 新生儿入院体重(g) | Newborn admission weight (g) | integer
address_division
address
phone
registered_address | 户口地址 | Registered (hukou) address | string(200) | p:address
contact_name
contact_relation
contact_phone
admission_route! | 入院途径代码 | Admission route | code(1) | vs:admission_route
admission_time!
admission_dept_code! | 入院科别代码 | Admitting department | code(10) | el:科室代码 | vs:department
transfer_depts | 转科科别 | Departments transferred through | string(100)
discharge_time!
discharge_dept_code! | 出院科别代码 | Discharging department | code(10) | el:科室代码 | vs:department
actual_days! | 实际住院天数 | Length of stay (days) | integer
outpatient_diagnosis_code | 门(急)诊诊断编码 | Outpatient diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
outpatient_diagnosis_name | 门(急)诊诊断名称 | Outpatient diagnosis name | string(128) | el:疾病诊断名称
discharge_diagnosis_code!
discharge_diagnosis_name!
external_cause_code | 损伤中毒的外部原因编码 | External cause of injury code (ICD-10 V-Y) | code(20) | el:疾病诊断代码 | vs:icd10
has_drug_allergy | 药物过敏标志 | Drug allergy | boolean
allergy_drugs | 过敏药物 | Allergenic drugs | string(200)
is_autopsy | 死亡患者尸检标志 | Autopsy performed | boolean
abo_blood_type
rh_blood_type
discharge_disposition! | 离院方式代码 | Discharge disposition | code(1) | vs:discharge_disposition
receiving_institution | 拟接收医疗机构名称 | Receiving institution | string(100)
readmission_31d | 出院31天内再住院标志 | Planned readmission within 31 days | boolean
readmission_31d_purpose | 出院31天内再住院目的 | Purpose of readmission | string(100)
coma_before_minutes | 颅脑损伤患者入院前昏迷时间(分钟) | Coma before admission, brain injury (minutes) | integer
coma_after_minutes | 颅脑损伤患者入院后昏迷时间(分钟) | Coma after admission, brain injury (minutes) | integer
chief_doctor_name
attending_doctor_name
resident_doctor_name
responsible_nurse_name | 责任护士姓名 | Primary nurse name | string(50) | el:姓名 | p:name
coder_name | 编码员姓名 | Coder name | string(50) | el:姓名 | p:name
record_quality | 病案质量代码 | Record quality | code(1) | vs:record_quality
qc_date | 质控日期 | Quality-control date | date
total_cost! | 住院总费用(元) | Total inpatient cost (yuan) | decimal(12,2) | el:住院费用金额(元)
self_paid_cost | 住院总费用-自付金额(元) | Self-paid part (yuan) | decimal(12,2)
''', vendor='DC_ZYBA_BASY')

T('front_page_diagnosis', '病案首页诊断', 'Front-page diagnosis', '住院', 'HD', 'inpatient_no diagnosis_category diagnosis_seq', 'discharge_time', 'C0032 C0033', '''
inpatient_no!
medical_record_no
discharge_time!
diagnosis_category! | 诊断类别 | Diagnosis category | code(2) | vs:diagnosis_category
diagnosis_seq! | 诊断序号 | Diagnosis sequence number | integer
diagnosis_code!
diagnosis_name!
admission_condition | 入院病情代码 | Condition on admission | code(1) | vs:admission_condition
pathology_no | 病理号 | Pathology number | string(20)
morphology_code | 肿瘤形态学编码(ICD-O-3) | Tumour morphology (ICD-O-3) | code(10) | vs:icd_o_3_morphology
treatment_outcome | 病情转归代码 | Outcome | code(1) | vs:treatment_outcome
''', vendor='DC_ZYBA_BASY_CYZYZD DC_ZYBA_BASY_CYQTZD DC_ZYBA_BASY_BLZD DC_ZYBA_BASY_MJZD')

T('front_page_operation', '病案首页手术及操作', 'Front-page procedure', '住院', 'HD', 'inpatient_no operation_seq', 'operation_time', 'C0032 C0033', '''
inpatient_no!
medical_record_no
operation_seq! | 手术序号 | Procedure sequence number | integer
is_primary | 主要手术标志 | Principal procedure | boolean
operation_code!
operation_name!
operation_time!
surgery_level
surgeon_id
surgeon_name
assistant1_name | Ⅰ助姓名 | First assistant | string(50) | el:姓名 | p:name
assistant2_name | Ⅱ助姓名 | Second assistant | string(50) | el:姓名 | p:name
incision_class
healing_grade
anesthesia_method
anesthesiologist_id
anesthesiologist_name
''', vendor='DC_ZYBA_BASY_SS')

T('front_page_fee', '病案首页住院费用', 'Front-page inpatient costs', '费用', 'HD', 'inpatient_no', 'discharge_time', 'C0032', '''
inpatient_no!
medical_record_no
discharge_time!
total_cost! | 住院总费用(元) | Total cost (yuan) | decimal(12,2) | el:住院费用金额(元)
self_paid_cost | 自付金额(元) | Self-paid (yuan) | decimal(12,2)
fee_general_service | 一般医疗服务费(元) | General medical services (yuan) | decimal(12,2)
fee_general_treatment | 一般治疗操作费(元) | General treatment procedures (yuan) | decimal(12,2)
fee_nursing | 护理费(元) | Nursing (yuan) | decimal(12,2)
fee_service_other | 综合医疗服务类其他费用(元) | Other general services (yuan) | decimal(12,2)
fee_pathology | 病理诊断费(元) | Pathology (yuan) | decimal(12,2)
fee_laboratory | 实验室诊断费(元) | Laboratory (yuan) | decimal(12,2)
fee_imaging | 影像学诊断费(元) | Imaging (yuan) | decimal(12,2)
fee_clinical_diagnosis | 临床诊断项目费(元) | Clinical diagnostic procedures (yuan) | decimal(12,2)
fee_nonsurgical | 非手术治疗项目费(元) | Non-surgical treatment (yuan) | decimal(12,2)
fee_physiotherapy | 临床物理治疗费(元) | Clinical physiotherapy (yuan) | decimal(12,2)
fee_surgical | 手术治疗费(元) | Surgical treatment (yuan) | decimal(12,2)
fee_anesthesia | 麻醉费(元) | Anaesthesia (yuan) | decimal(12,2)
fee_operation | 手术费(元) | Operation (yuan) | decimal(12,2)
fee_rehabilitation | 康复费(元) | Rehabilitation (yuan) | decimal(12,2)
fee_tcm_treatment | 中医治疗费(元) | TCM treatment (yuan) | decimal(12,2)
fee_western_drug | 西药费(元) | Western medicine (yuan) | decimal(12,2)
fee_antibiotic | 抗菌药物费用(元) | Antimicrobials (yuan) | decimal(12,2)
fee_patent_drug | 中成药费(元) | Chinese patent medicine (yuan) | decimal(12,2)
fee_herbal_drug | 中草药费(元) | Chinese herbal medicine (yuan) | decimal(12,2)
fee_blood | 血费(元) | Blood (yuan) | decimal(12,2)
fee_albumin | 白蛋白类制品费(元) | Albumin products (yuan) | decimal(12,2)
fee_globulin | 球蛋白类制品费(元) | Globulin products (yuan) | decimal(12,2)
fee_coagulation_factor | 凝血因子类制品费(元) | Coagulation factors (yuan) | decimal(12,2)
fee_cytokine | 细胞因子类制品费(元) | Cytokines (yuan) | decimal(12,2)
fee_material_exam | 检查用一次性医用材料费(元) | Disposables for examinations (yuan) | decimal(12,2)
fee_material_treatment | 治疗用一次性医用材料费(元) | Disposables for treatment (yuan) | decimal(12,2)
fee_material_surgery | 手术用一次性医用材料费(元) | Disposables for surgery (yuan) | decimal(12,2)
fee_other | 其他费(元) | Other (yuan) | decimal(12,2)
''', vendor='DC_ZYBA_BASY')

T('inpatient_case_front_page_tcm', '中医住院病案首页', 'TCM inpatient case front page', '住院', 'H', 'inpatient_no', 'discharge_time', 'C0033', '''
inpatient_no!
medical_record_no!
hospitalization_times
patient_id!
patient_name!
sex!
birth_date
admission_time!
discharge_time!
treatment_category! | 治疗类别 | Treatment category | code(3) | vs:tcm_treatment_category
outpatient_tcm_disease_code | 门(急)诊诊断-中医病名代码 | Outpatient TCM disease code | string(20)
outpatient_tcm_disease_name | 门(急)诊诊断-中医病名名称 | Outpatient TCM disease name | string(100)
outpatient_tcm_syndrome_code | 门(急)诊诊断-中医证候代码 | Outpatient TCM syndrome code | string(20)
outpatient_tcm_syndrome_name | 门(急)诊诊断-中医证候名称 | Outpatient TCM syndrome name | string(100)
main_tcm_disease_code! | 出院中医诊断-主病代码 | Principal TCM disease code | string(20)
main_tcm_disease_name! | 出院中医诊断-主病名称 | Principal TCM disease name | string(100)
main_tcm_syndrome_code | 出院中医诊断-主证代码 | Principal TCM syndrome code | string(20)
main_tcm_syndrome_name | 出院中医诊断-主证名称 | Principal TCM syndrome name | string(100)
clinical_pathway | 实施临床路径 | Clinical pathway applied | code(1) | vs:clinical_pathway_tcm
used_tcm_preparation | 使用医疗机构中药制剂标志 | Hospital TCM preparations used | boolean
used_tcm_equipment | 使用中医诊疗设备标志 | TCM equipment used | boolean
used_tcm_technique | 使用中医诊疗技术标志 | TCM techniques used | boolean
syndrome_nursing | 辨证施护标志 | Syndrome-based nursing | boolean
fee_tcm_diagnosis | 中医辨证论治费(元) | TCM syndrome differentiation (yuan) | decimal(12,2)
fee_tcm_treatment | 中医治疗费(元) | TCM treatment (yuan) | decimal(12,2)
fee_tcm_preparation | 医疗机构中药制剂费(元) | Hospital TCM preparations (yuan) | decimal(12,2)
fee_herbal_drug | 中草药费(元) | Chinese herbal medicine (yuan) | decimal(12,2)
''', vendor='DC_ZYZYBA_BASY DC_ZYZYBA_BASY_CYZYBM DC_ZYZYBA_BASY_CYZYZH')

T('inpatient_transfer', '转科记录', 'Transfer between departments', '住院', 'H', 'record_id', 'transfer_out_time', 'C0042', '''
record_id!
inpatient_no!
patient_id!
patient_name!
sex
age_years
admission_time
transfer_record_type! | 转科记录类型 | Transfer note type | code(1) | vs:transfer_record_type
transfer_out_time! | 转出日期时间 | Transferred out at | datetime
out_dept_code! | 转出科室代码 | From department | code(10) | el:科室代码 | vs:department
transfer_in_time | 转入日期时间 | Transferred in at | datetime
in_dept_code! | 转入科室代码 | To department | code(10) | el:科室代码 | vs:department
chief_complaint
admission_status
current_status
diagnosis_code | 目前诊断编码 | Current diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
diagnosis_name | 目前诊断名称 | Current diagnosis name | string(128) | el:疾病诊断名称
transfer_purpose | 转科目的 | Purpose of transfer | string(500)
treatment_plan
precautions
doctor_id
doctor_name
''', vendor='DC_ZYBCJL_ZKJL')

# ---- 住院病程记录 (WS/T 500.37-.51) ------------------------------------------------------------------
COURSE_HEAD = '''
record_id!
inpatient_no!
patient_id!
patient_name!
sex
age_years
dept_code!
bed_no
'''

T('first_course_record', '首次病程记录', 'First progress note', '住院', 'HD', 'record_id', 'record_time', 'C0037', COURSE_HEAD + '''
record_time!
chief_complaint
case_characteristics | 病例特点 | Case characteristics | string(2000) | el:病历特点
tcm_four_diagnosis
diagnosis_basis | 诊断依据 | Basis of diagnosis | string(2000)
admission_diagnosis_code | 初步诊断编码 | Preliminary diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
admission_diagnosis_name | 初步诊断名称 | Preliminary diagnosis name | string(128) | el:疾病诊断名称
tcm_disease_code
tcm_disease_name
tcm_syndrome_code
tcm_syndrome_name
differential_diagnosis | 鉴别诊断 | Differential diagnosis | string(1000)
treatment_principle
treatment_plan
resident_doctor_id
resident_doctor_name
superior_doctor_id | 上级医师工号 | Supervising doctor id | string(20)
superior_doctor_name | 上级医师姓名 | Supervising doctor name | string(50) | el:姓名 | p:name
''', vendor='DC_ZYBCJL_SCBCJL')

T('daily_course_record', '日常病程记录', 'Daily progress note', '住院', 'HD', 'record_id', 'record_time', 'C0038', COURSE_HEAD + '''
record_time!
course_content! | 住院病程 | Progress note | string(4000)
order_content | 医嘱内容 | Orders | string(1000)
syndrome_treatment | 辨证论治详细描述 | Syndrome differentiation and treatment | string(1000)
tcm_four_diagnosis
doctor_id!
doctor_name
doctor_title | 医师专业技术职务代码 | Doctor's professional title | code(3) | el:专业技术职务类别代码 | vs:professional_title
sign_time
''', vendor='DC_ZYBCJL_RCBCJL')

T('senior_ward_round', '上级医师查房记录', 'Senior doctor ward round', '住院', 'H', 'record_id', 'round_time', 'C0039', COURSE_HEAD + '''
round_time! | 查房日期时间 | Ward round at | datetime
round_content! | 查房记录 | Ward-round note | string(4000)
syndrome_treatment | 辨证论治详细描述 | Syndrome differentiation and treatment | string(1000)
order_content | 医嘱内容 | Orders | string(1000)
treatment_plan
recorder_id | 记录人工号 | Recorder id | string(20)
recorder_name | 记录人姓名 | Recorder name | string(50) | el:姓名 | p:name
attending_doctor_id
attending_doctor_name
chief_doctor_id
chief_doctor_name
sign_time
''', vendor='DC_ZYBCJL_SJYSCFJL')

T('difficult_case_discussion', '疑难病例讨论记录', 'Difficult case discussion', '住院', 'H', 'record_id', 'discussion_time', 'C0040', COURSE_HEAD + '''
discussion_time! | 讨论日期时间 | Discussed at | datetime
discussion_place | 讨论地点 | Place | string(100)
moderator_name | 主持人姓名 | Chair | string(50) | el:姓名 | p:name
participants | 参加讨论人员名单 | Participants | string(500) | p:name
diagnosis_code
diagnosis_name
discussion_opinion! | 讨论意见 | Discussion | string(4000)
moderator_summary | 主持人总结意见 | Chair's conclusion | string(2000)
doctor_id
doctor_name
sign_time
''', vendor='DC_ZYBCJL_YNBLTLJL')

T('shift_handover_record', '交接班记录', 'Shift handover note', '住院', 'H', 'record_id', 'handover_time', 'C0041', COURSE_HEAD + '''
admission_time
chief_complaint
admission_status
admission_diagnosis_code
admission_diagnosis_name
treatment_course
current_status
diagnosis_code | 目前诊断编码 | Current diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
diagnosis_name | 目前诊断名称 | Current diagnosis name | string(128) | el:疾病诊断名称
precautions
takeover_plan | 接班诊疗计划 | Plan of the receiving doctor | string(2000)
handover_time! | 交班日期时间 | Handed over at | datetime
handover_doctor_id | 交班医师工号 | Handing-over doctor id | string(20)
handover_doctor_name | 交班医师姓名 | Handing-over doctor name | string(50) | el:姓名 | p:name
takeover_time | 接班日期时间 | Taken over at | datetime
takeover_doctor_id | 接班医师工号 | Receiving doctor id | string(20)
takeover_doctor_name | 接班医师姓名 | Receiving doctor name | string(50) | el:姓名 | p:name
''', vendor='DC_ZYBCJL_JJBJL')

T('stage_summary', '阶段小结', 'Interim summary', '住院', 'H', 'record_id', 'summary_time', 'C0043', COURSE_HEAD + '''
admission_time
summary_time! | 小结日期时间 | Summarised at | datetime
chief_complaint
admission_status
admission_diagnosis_code
admission_diagnosis_name
treatment_course
current_status
diagnosis_code | 目前诊断编码 | Current diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
diagnosis_name | 目前诊断名称 | Current diagnosis name | string(128) | el:疾病诊断名称
future_plan | 今后治疗方案 | Further treatment plan | string(2000)
doctor_id
doctor_name
sign_time
''', vendor='DC_ZYBCJL_JDXJ')

T('rescue_record', '抢救记录', 'Resuscitation record', '住院', 'H', 'record_id', 'rescue_start_time', 'C0044', COURSE_HEAD + '''
rescue_start_time! | 抢救开始日期时间 | Resuscitation started at | datetime
rescue_end_time | 抢救结束日期时间 | Resuscitation ended at | datetime
condition_change | 病情变化情况 | Change in condition | string(2000)
rescue_measures! | 抢救措施 | Resuscitation measures | string(2000)
diagnosis_code
diagnosis_name
operation_code
operation_name
is_rescue_successful | 抢救成功标志 | Resuscitation successful | boolean
participants | 参加抢救人员名单 | Participants | string(500) | p:name
precautions
doctor_id
doctor_name
doctor_title | 医师专业技术职务代码 | Doctor's professional title | code(3) | el:专业技术职务类别代码 | vs:professional_title
sign_time
''', vendor='DC_ZYBCJL_QJJL DC_ZYBCJL_QJJL_SSCZ')

T('consultation_record', '会诊记录', 'Consultation record', '住院', 'H', 'record_id', 'consultation_time', 'C0045', COURSE_HEAD + '''
request_no | 会诊单编号 | Consultation request number | string(32)
consultation_type | 会诊类型 | Consultation type | code(1) | vs:consultation_type
request_time | 会诊申请日期时间 | Requested at | datetime
request_dept_code | 会诊申请科室代码 | Requesting department | code(10) | el:科室代码 | vs:department
request_doctor_id | 会诊申请医师工号 | Requesting doctor id | string(20)
request_doctor_name | 会诊申请医师姓名 | Requesting doctor name | string(50) | el:姓名 | p:name
consultation_reason | 会诊原因 | Reason | string(500)
consultation_purpose | 会诊目的 | Purpose | string(500)
case_summary | 病历摘要 | Case summary | string(2000)
auxiliary_exam_result
diagnosis_code
diagnosis_name
consultation_time! | 会诊日期时间 | Consulted at | datetime
consultant_institution | 会诊医师所在医疗机构名称 | Consultant's institution | string(100)
consultant_dept_code | 会诊科室代码 | Consultant's department | code(10) | el:科室代码 | vs:department
consultant_doctor_id | 会诊医师工号 | Consultant id | string(20)
consultant_doctor_name | 会诊医师姓名 | Consultant name | string(50) | el:姓名 | p:name
consultation_opinion! | 会诊意见 | Consultation opinion | string(4000)
''', vendor='DC_ZYBCJL_HZJL DC_ZYBCJL_HZJL_XYZD')

T('preoperative_summary', '术前小结', 'Pre-operative summary', '手术', 'H', 'record_id', 'summary_time', 'C0046', COURSE_HEAD + '''
summary_time! | 小结日期时间 | Summarised at | datetime
case_summary | 病历摘要 | Case summary | string(2000)
preop_diagnosis_code
preop_diagnosis_name!
diagnosis_basis | 诊断依据 | Basis of diagnosis | string(2000)
allergy_history
auxiliary_exam_result
indications | 手术适应证 | Indications | string(500) | el:手术适应证
contraindications | 手术禁忌症 | Contraindications | string(500) | el:手术禁忌诊
surgical_indication | 手术指征 | Surgical indication | string(500)
planned_operation_code | 拟实施手术及操作编码 | Planned procedure code (ICD-9-CM-3) | code(20) | el:手术/操作代码 | vs:icd9cm3
planned_operation_name! | 拟实施手术及操作名称 | Planned procedure | string(128) | el:手术/操作名称
planned_operation_time | 拟实施手术日期时间 | Planned procedure time | datetime
planned_anesthesia_method | 拟实施麻醉方法代码 | Planned anaesthesia method | code(3) | el:麻醉方法代码 | vs:anesthesia_method
precautions
surgeon_id
surgeon_name
doctor_id
doctor_name
sign_time
''', vendor='DC_ZYBCJL_SQXJ DC_ZYBCJL_SQXJ_SQZD')

T('preoperative_discussion', '术前讨论', 'Pre-operative discussion', '手术', 'H', 'record_id', 'discussion_time', 'C0047', COURSE_HEAD + '''
discussion_time! | 讨论日期时间 | Discussed at | datetime
discussion_place | 讨论地点 | Place | string(100)
moderator_name | 主持人姓名 | Chair | string(50) | el:姓名 | p:name
participants | 参加讨论人员名单 | Participants | string(500) | p:name
preop_diagnosis_code
preop_diagnosis_name
planned_operation_code | 拟实施手术及操作编码 | Planned procedure code (ICD-9-CM-3) | code(20) | el:手术/操作代码 | vs:icd9cm3
planned_operation_name! | 拟实施手术及操作名称 | Planned procedure | string(128) | el:手术/操作名称
planned_anesthesia_method | 拟实施麻醉方法代码 | Planned anaesthesia method | code(3) | el:麻醉方法代码 | vs:anesthesia_method
surgical_indication | 手术指征 | Surgical indication | string(500)
operation_plan | 手术方案 | Operative plan | string(2000)
operation_key_points | 手术要点 | Key points of the operation | string(1000)
preop_preparation | 术前准备 | Pre-operative preparation | string(1000)
precautions
discussion_opinion! | 讨论意见 | Discussion | string(4000)
discussion_conclusion | 讨论结论 | Conclusion | string(2000)
surgeon_id
surgeon_name
anesthesiologist_name
sign_time
''', vendor='DC_ZYBCJL_SQTL DC_ZYBCJL_SQTL_SQZD')

T('postoperative_first_course', '术后首次病程记录', 'First post-operative progress note', '手术', 'H', 'record_id', 'record_time', 'C0048', COURSE_HEAD + '''
record_time!
operation_code
operation_name!
operation_time
anesthesia_method
operation_process | 手术过程描述 | Operative course | string(4000)
postop_diagnosis_code
postop_diagnosis_name
diagnosis_basis | 诊断依据 | Basis of diagnosis | string(2000)
precautions
doctor_id
doctor_name
sign_time
''', vendor='DC_ZYBCJL_SHSCBCJL DC_ZYBCJL_SHSCBCJL_SHZD')

T('inpatient_discharge', '出院记录', 'Inpatient discharge', '住院', 'HD', 'inpatient_no', 'discharge_time', 'C0049 C0053 C0035', '''
inpatient_no!
medical_record_no
hospitalization_times
patient_id!
health_card_no
id_type
id_no
patient_name!
sex!
birth_date!
age_years
admission_time!
discharge_time!
actual_days | 实际住院天数 | Length of stay (days) | integer
dept_code! | 出院科室代码 | Discharging department | code(10) | el:科室代码 | vs:department
dept_name | 出院科室名称 | Discharging department name | string(50) | el:科室名称
ward_name
bed_no
admission_diagnosis_code
admission_diagnosis_name
discharge_diagnosis_code!
discharge_diagnosis_name!
tcm_disease_code
tcm_disease_name
tcm_syndrome_code
tcm_syndrome_name
discharge_status
discharge_order
discharge_disposition! | 离院方式代码 | Discharge disposition | code(1) | vs:discharge_disposition
treatment_outcome | 病情转归代码 | Outcome | code(1) | vs:treatment_outcome
medical_payment_method
total_cost | 住院总费用(元) | Total inpatient cost (yuan) | decimal(12,2) | el:住院费用金额(元)
resident_doctor_id
resident_doctor_name
attending_doctor_id
attending_doctor_name
''', roles=['discharges'], rt=(2, 'PT24H'), vendor='DC_ZYBCJL_CYJL DC_ZYBCJL_CYJL_CYXYZD')

T('discharge_summary', '出院小结', 'Discharge summary', '住院', 'HD', 'record_id', 'discharge_time', 'C0053 C0049', '''
record_id!
inpatient_no!
patient_id!
id_no
patient_name!
sex!
age_years
admission_time!
discharge_time!
actual_days | 实际住院天数 | Length of stay (days) | integer
dept_code!
admission_status
admission_diagnosis_code
admission_diagnosis_name
tcm_four_diagnosis
treatment_principle
treatment_course!
operation_code
operation_name
operation_time
anesthesia_method
incision_class
healing_grade
positive_findings | 阳性辅助检查结果 | Positive ancillary findings | string(2000)
discharge_status!
discharge_symptoms | 出院时症状与体征 | Symptoms and signs at discharge | string(1000)
discharge_diagnosis_code!
discharge_diagnosis_name!
tcm_disease_code
tcm_disease_name
tcm_syndrome_code
tcm_syndrome_name
discharge_order!
treatment_outcome | 病情转归代码 | Outcome | code(1) | vs:treatment_outcome
resident_doctor_id
resident_doctor_name
superior_doctor_id | 上级医师工号 | Supervising doctor id | string(20)
superior_doctor_name | 上级医师姓名 | Supervising doctor name | string(50) | el:姓名 | p:name
sign_time
''', vendor='DC_CYXJ_CYXJ DC_CYXJ_CYXJ_YXFZJCJG')

T('death_record', '死亡记录', 'Death record', '住院', 'HD', 'record_id', 'death_time', 'C0050', '''
record_id!
inpatient_no!
patient_id!
id_no
patient_name!
sex!
age_years
admission_time!
death_time! | 死亡日期时间 | Time of death | datetime
dept_code!
admission_status
admission_diagnosis_code
admission_diagnosis_name
treatment_course
direct_death_cause_code | 直接死亡原因编码 | Direct cause of death code (ICD-10) | code(20) | el:直接死亡原因代码 | vs:icd10
direct_death_cause_name | 直接死亡原因名称 | Direct cause of death | string(128)
death_diagnosis_code!
death_diagnosis_name!
autopsy_consent | 家属是否同意尸体解剖标志 | Family consented to autopsy | boolean
resident_doctor_id
resident_doctor_name
attending_doctor_id
attending_doctor_name
chief_doctor_name
''', vendor='DC_ZYBCJL_SWJL DC_ZYBCJL_SWJL_SWZD')

T('death_case_discussion', '死亡病例讨论记录', 'Death case discussion', '住院', 'H', 'record_id', 'discussion_time', 'C0051', COURSE_HEAD + '''
death_time | 死亡日期时间 | Time of death | datetime
discussion_time! | 讨论日期时间 | Discussed at | datetime
discussion_place | 讨论地点 | Place | string(100)
moderator_name | 主持人姓名 | Chair | string(50) | el:姓名 | p:name
participants | 参加讨论人员名单 | Participants | string(500) | p:name
death_diagnosis_code
death_diagnosis_name
discussion_opinion! | 讨论意见 | Discussion | string(4000)
moderator_summary | 主持人总结意见 | Chair's conclusion | string(2000)
doctor_id
doctor_name
sign_time
''', vendor='DC_ZYBCJL_SWBLTLJL DC_ZYBCJL_SWBLTLJL_SWZD')

T('inpatient_order', '住院医嘱', 'Inpatient order', '医嘱处方', 'H', 'order_no', 'order_time', 'C0052', '''
order_no! | 医嘱号 | Order number | string(40)
inpatient_no!
patient_id!
patient_name
dept_code!
ward_code
bed_no
order_category! | 医嘱类别代码 | Order category | code(1) | vs:order_category
order_item_type! | 医嘱项目类型代码 | Order item type | code(2) | vs:order_item_type
group_no | 处方药品组号 | Group number | string(20)
order_item_code | 医嘱项目代码 | Order item code (drug, test or charge item) | string(50)
order_content! | 医嘱项目内容 | Order content | string(500)
specification | 药物规格 | Strength / specification | string(100)
dose_per_time | 药物使用次剂量 | Dose per administration | decimal(12,4)
dose_unit | 药物使用剂量单位 | Dose unit | string(20)
frequency_code | 药物使用频次代码 | Frequency code | string(20)
route_code | 用药途径代码 | Route of administration | code(3) | el:药物使用途径代码 | vs:drug_route
request_no
order_time! | 医嘱开立日期时间 | Ordered at | datetime
planned_start_time | 医嘱计划开始日期时间 | Planned start | datetime
planned_end_time | 医嘱计划结束日期时间 | Planned end | datetime
doctor_id! | 开立医师工号 | Ordering doctor id | string(20)
doctor_name | 开立医师姓名 | Ordering doctor name | string(50) | el:姓名 | p:name
check_nurse_id | 核对护士工号 | Checking nurse id | string(20)
check_time | 医嘱核对日期时间 | Checked at | datetime
stop_time | 医嘱停止日期时间 | Stopped at | datetime
stop_doctor_id | 停止医师工号 | Stopping doctor id | string(20)
cancel_time | 医嘱取消日期时间 | Cancelled at | datetime
order_status! | 医嘱状态 | Order status | code(1) | vs:order_status
remarks | 医嘱备注信息 | Remarks | string(200)
''', rt=(5, 'PT4H'), vendor='DC_ZYYZ_ZYYZ DC_ZYYZ_ZYYZ_YZMX')

T('inpatient_fee_detail', '住院费用明细', 'Inpatient charge detail', '费用', 'HD', 'fee_detail_no', 'charge_time', '', '''
fee_detail_no! | 费用明细流水号 | Charge line number | string(40)
inpatient_no!
patient_id!
order_no | 医嘱号 | Order number | string(40)
settlement_no | 结算流水号 | Settlement number | string(40)
charge_time! | 计费日期时间 | Charged at | datetime
item_code! | 院内收费项目代码 | Local charge item code | string(50)
item_name! | 收费项目名称 | Charge item name | string(200)
charge_category! | 住院费用分类代码 | Charge category | code(2) | vs:charge_category
specification | 规格 | Specification | string(100)
unit | 计价单位 | Unit | string(20)
quantity! | 数量 | Quantity | decimal(12,2)
unit_price! | 单价(元) | Unit price (yuan) | decimal(12,4)
amount! | 金额(元) | Amount (yuan) | decimal(12,2) | el:住院费用金额(元)
insurance_class | 医保目录类别 | Insurance list class | code(1) | vs:insurance_item_class
self_pay_ratio | 自付比例 | Self-pay ratio | decimal(5,4)
dept_code | 开单科室代码 | Ordering department | code(10) | el:科室代码 | vs:department
executing_dept_code | 执行科室代码 | Performing department | code(10) | el:科室代码 | vs:department
doctor_id | 开单医师工号 | Ordering doctor id | string(20)
is_refund | 退费标志 | Refund line | boolean
''')

T('inpatient_settlement', '住院收费结算', 'Inpatient settlement', '费用', 'HD', 'settlement_no', 'settlement_time', '', '''
settlement_no! | 结算流水号 | Settlement number | string(40)
inpatient_no!
patient_id!
id_no
patient_name!
admission_time
discharge_time
settlement_time! | 结算日期时间 | Settled at | datetime
settlement_type! | 住院结算类型 | Settlement type | code(1) | vs:inpatient_settlement_type
medical_payment_method!
insurance_settlement_id | 医保结算编号 | Insurance settlement id | string(64)
drg_group_code | DRG/DIP分组编码 | DRG / DIP group | string(20)
total_amount! | 医疗费用总额(元) | Total amount (yuan) | decimal(12,2) | el:住院费用金额(元)
fund_payment | 基本医疗保险统筹基金支付(元) | Pooled fund payment (yuan) | decimal(12,2)
critical_illness_payment | 大病保险支付(元) | Critical-illness insurance (yuan) | decimal(12,2)
medical_assistance_payment | 医疗救助支付(元) | Medical assistance (yuan) | decimal(12,2)
account_payment | 个人账户支付(元) | Personal account payment (yuan) | decimal(12,2)
cash_payment | 个人现金支付(元) | Cash payment (yuan) | decimal(12,2)
self_burden_amount | 个人承担费用(元) | Patient share (yuan) | decimal(12,2)
deposit_total | 预交金合计(元) | Deposits (yuan) | decimal(12,2)
invoice_no | 电子票据号码 | E-invoice number | string(50)
is_refund | 退费标志 | Reversal | boolean
original_settlement_no | 原结算流水号 | Original settlement number (for reversals) | string(40)
cashier_id | 收费员工号 | Cashier id | string(20)
''', rt=(10, 'PT24H'))

# ---- 检查检验 ---------------------------------------------------------------------------------------
T('lab_report', '检验报告', 'Laboratory report', '检查检验', 'HD', 'report_no', 'report_time', 'C0007', '''
report_no! | 检验报告单编号 | Laboratory report number | string(40)
request_no
visit_type! | 患者类型代码 | Patient type | code(1) | vs:visit_type
visit_no
inpatient_no
patient_id!
id_type
id_no
patient_name!
sex!
age_years
dept_code | 申请科室代码 | Requesting department | code(10) | el:科室代码 | vs:department
ward_name
bed_no
request_doctor_id | 申请医师工号 | Requesting doctor id | string(20)
request_doctor_name | 申请医师姓名 | Requesting doctor name | string(50) | el:姓名 | p:name
diagnosis_code | 临床诊断编码 | Clinical diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
diagnosis_name | 临床诊断名称 | Clinical diagnosis | string(128) | el:疾病诊断名称
report_title! | 检验报告名称 | Report title (e.g. 血常规) | string(100)
lab_category | 检验类别 | Laboratory section | string(50) | el:检查/检验类别
specimen_no | 标本编号 | Specimen number | string(32)
specimen_type! | 标本类别 | Specimen type | string(50)
specimen_collect_time | 标本采样日期时间 | Specimen collected at | datetime
specimen_receive_time | 接收标本日期时间 | Specimen received at | datetime | el:接受标本日期时间
report_time! | 检验报告日期时间 | Reported at | datetime
technician_id | 检验技师工号 | Technologist id | string(20)
technician_name | 检验技师姓名 | Technologist name | string(50) | el:姓名 | p:name
reviewer_id | 审核医师工号 | Verifying doctor id | string(20)
reviewer_name | 审核医师姓名 | Verifying doctor name | string(50) | el:姓名 | p:name
review_time | 审核日期时间 | Verified at | datetime
report_comment | 检验报告备注 | Report comment | string(500)
has_critical_value | 危急值标志 | Contains a critical value | boolean
is_mutually_recognised | 检验结果互认标志 | Result eligible for mutual recognition | boolean
report_status! | 报告状态 | Report status | code(1) | vs:report_status
''', rt=(6, 'PT2H'), vendor='DC_JCJYJL_JYJL')

T('lab_result', '检验结果明细', 'Laboratory result', '检查检验', 'HD', 'report_no item_seq', 'report_time', 'C0007', '''
report_no! | 检验报告单编号 | Laboratory report number | string(40)
item_seq! | 项目序号 | Result line number | integer
patient_id!
report_time! | 检验报告日期时间 | Reported at | datetime
item_code! | 检验项目代码 | Test code (local) | string(30) | el:检查/检验项目代码
item_name! | 检验项目名称 | Test name | string(100) | el:检查/检验项目名称
loinc_code | LOINC代码 | LOINC code | string(10)
result_text | 检验结果(文本) | Result (text) | string(500) | el:检验报告结果
result_numeric | 检验定量结果 | Quantitative result | decimal(18,4) | el:检查/检验定量结果
result_unit | 检验计量单位 | Unit | string(30) | el:检查/检验计量单位
reference_range | 参考区间 | Reference interval | string(100)
reference_low | 参考区间下限 | Reference lower limit | decimal(18,4)
reference_high | 参考区间上限 | Reference upper limit | decimal(18,4)
abnormal_flag | 结果异常标识 | Abnormal flag | code(2) | vs:abnormal_flag
is_critical | 危急值标志 | Critical value | boolean
method | 检验方法 | Method | string(100)
instrument | 检验仪器 | Analyser | string(100)
''', vendor='DC_JCJYJL_JYJL_JYXM')

T('microbiology_result', '微生物培养结果', 'Microbiology culture result', '检查检验', 'H', 'report_no organism_seq', 'report_time', 'C0007', '''
report_no! | 检验报告单编号 | Laboratory report number | string(40)
organism_seq! | 菌株序号 | Isolate number | integer
patient_id!
report_time! | 检验报告日期时间 | Reported at | datetime
specimen_type! | 标本类别 | Specimen type | string(50)
specimen_collect_time | 标本采样日期时间 | Specimen collected at | datetime
culture_item_name | 培养项目名称 | Culture | string(100)
has_growth! | 有菌生长标志 | Organism isolated | boolean
organism_code | 细菌代码 | Organism code | string(30)
organism_name | 细菌名称 | Organism | string(100)
colony_count | 菌落计数 | Colony count | string(50)
smear_result | 涂片结果 | Smear result | string(200)
is_mdro | 多重耐药菌标志 | Multidrug-resistant organism | boolean
mdro_type | 多重耐药菌类型 | MDRO type | code(5) | vs:mdro_type
remarks | 备注 | Remarks | string(200)
''', vendor='DC_JCJYJL_JYJL_JYXM')

T('drug_susceptibility_result', '药敏试验结果', 'Antimicrobial susceptibility result', '检查检验', 'H', 'report_no organism_seq antibiotic_code', 'report_time', 'C0007', '''
report_no! | 检验报告单编号 | Laboratory report number | string(40)
organism_seq! | 菌株序号 | Isolate number | integer
antibiotic_code! | 药敏试验所用药物代码 | Antimicrobial code | string(30)
antibiotic_name! | 抗菌药物名称 | Antimicrobial | string(100)
patient_id!
report_time! | 检验报告日期时间 | Reported at | datetime
organism_name | 细菌名称 | Organism | string(100)
test_method | 药敏试验方法 | Test method | code(1) | vs:ast_method
result_value | 药敏结果值(MIC/抑菌圈直径) | MIC or zone diameter | string(20)
result_unit | 结果单位 | Unit | string(20)
interpretation! | 药敏结果 | Interpretation | code(3) | el:药敏试验结果代码 | vs:susceptibility
breakpoint_standard | 判读标准 | Breakpoint standard (CLSI/EUCAST and year) | string(30)
''')

T('exam_report', '检查报告', 'Examination report', '检查检验', 'HD', 'report_no', 'report_time', 'C0006', '''
report_no! | 检查报告单编号 | Examination report number | string(40)
request_no
accession_no | 检查登记号 | Accession number | string(40)
visit_type! | 患者类型代码 | Patient type | code(1) | vs:visit_type
visit_no
inpatient_no
patient_id!
id_type
id_no
patient_name!
sex!
age_years
dept_code | 申请科室代码 | Requesting department | code(10) | el:科室代码 | vs:department
request_doctor_id | 申请医师工号 | Requesting doctor id | string(20)
request_doctor_name | 申请医师姓名 | Requesting doctor name | string(50) | el:姓名 | p:name
diagnosis_code | 临床诊断编码 | Clinical diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
diagnosis_name | 临床诊断名称 | Clinical diagnosis | string(128) | el:疾病诊断名称
modality! | 检查类别 | Modality | code(4) | vs:dicom_modality
exam_item_code | 检查项目代码 | Examination code | string(30) | el:检查/检验项目代码
exam_item_name! | 检查项目名称 | Examination | string(200) | el:检查/检验项目名称
body_part | 检查部位 | Body part | string(100)
exam_method | 检查方法 | Method | string(100)
exam_time | 检查日期时间 | Examined at | datetime
study_instance_uid | 影像检查实例UID | DICOM Study Instance UID | string(64)
findings! | 检查报告结果-客观所见 | Findings | string(4000)
impression! | 检查报告结果-主观提示 | Impression | string(2000) | el:检查报告结果-主观所见
is_positive | 阳性标志 | Abnormal / positive | boolean
has_critical_value | 危急值标志 | Critical finding | boolean
report_time! | 检查报告日期时间 | Reported at | datetime
reporter_id | 报告医师工号 | Reporting doctor id | string(20)
reporter_name | 报告医师姓名 | Reporting doctor name | string(50) | el:姓名 | p:name
reviewer_id | 审核医师工号 | Verifying doctor id | string(20)
reviewer_name | 审核医师姓名 | Verifying doctor name | string(50) | el:姓名 | p:name
is_mutually_recognised | 检查结果互认标志 | Result eligible for mutual recognition | boolean
report_status! | 报告状态 | Report status | code(1) | vs:report_status
''', rt=(7, 'PT2H'), vendor='DC_JCJYJL_JCJL DC_JCJYJL_JCJL_JCXM')

T('pathology_report', '病理报告', 'Pathology report', '检查检验', 'H', 'pathology_no', 'report_time', 'C0006', '''
pathology_no! | 病理号 | Pathology number | string(20)
request_no
visit_type | 患者类型代码 | Patient type | code(1) | vs:visit_type
visit_no
inpatient_no
patient_id!
id_no
patient_name!
sex!
age_years
dept_code | 送检科室代码 | Submitting department | code(10) | el:科室代码 | vs:department
specimen_type! | 标本类别 | Specimen type | string(50)
specimen_site | 取材部位 | Specimen site | string(200)
specimen_collect_time | 标本采样日期时间 | Specimen collected at | datetime
specimen_receive_time | 接收标本日期时间 | Specimen received at | datetime | el:接受标本日期时间
fixative | 标本固定液名称 | Fixative | string(50)
is_frozen_section | 术中病理标志 | Intra-operative frozen section | boolean
gross_description | 大体所见 | Gross description | string(2000)
microscopic_description | 镜下所见 | Microscopic description | string(4000)
ihc_result | 免疫组化结果 | Immunohistochemistry | string(2000)
pathology_diagnosis! | 病理诊断 | Pathological diagnosis | string(2000) | el:病理检查结果
diagnosis_code | 病理诊断疾病编码 | Pathological diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
morphology_code | 肿瘤形态学编码(ICD-O-3) | Tumour morphology (ICD-O-3) | code(10) | vs:icd_o_3_morphology
report_time! | 病理报告日期时间 | Reported at | datetime
pathologist_id | 病理医师工号 | Pathologist id | string(20)
pathologist_name | 病理医师姓名 | Pathologist name | string(50) | el:姓名 | p:name
reviewer_name | 审核医师姓名 | Verifying pathologist | string(50) | el:姓名 | p:name
report_status! | 报告状态 | Report status | code(1) | vs:report_status
''', vendor='DC_JCJYJL_JCJL DC_ZYBA_BASY_BLZD')

T('critical_value_record', '危急值报告处置记录', 'Critical value notification', '检查检验', 'HD', 'critical_no', 'report_time', '', '''
critical_no! | 危急值记录编号 | Critical value record number | string(40)
report_no! | 报告单编号 | Source report number (lab or exam) | string(40)
critical_source! | 危急值来源 | Source of the critical value | code(1) | vs:critical_value_source
visit_type | 患者类型代码 | Patient type | code(1) | vs:visit_type
visit_no
inpatient_no
patient_id!
patient_name!
dept_code
item_name! | 危急值项目名称 | Critical item | string(100)
result_value! | 危急值结果 | Critical result | string(200)
result_unit | 结果单位 | Unit | string(30)
report_time! | 危急值报告日期时间 | Reported at | datetime
reporter_name | 报告人姓名 | Reported by | string(50) | el:姓名 | p:name
receive_time | 临床接收日期时间 | Received by the ward at | datetime
receiver_name | 接收人姓名 | Received by | string(50) | el:姓名 | p:name
handling_time | 处置日期时间 | Acted on at | datetime
handling_doctor_name | 处置医师姓名 | Doctor acting on it | string(50) | el:姓名 | p:name
handling_measures | 处置措施 | Action taken | string(1000)
''')

# ---- 手术麻醉 ---------------------------------------------------------------------------------------
SURGERY_HEAD = '''
surgery_no! | 手术申请单号 | Surgery number | string(40)
inpatient_no
visit_no
patient_id!
patient_name!
sex!
age_years
dept_code!
'''

T('surgery_record', '一般手术记录', 'Operation record', '手术', 'H', 'surgery_no', 'operation_end_time', 'C0009', SURGERY_HEAD + '''
id_no
ward_name
bed_no
preop_diagnosis_code
preop_diagnosis_name
postop_diagnosis_code
postop_diagnosis_name
operation_code!
operation_name!
surgery_level
operation_site | 手术及操作目标部位名称 | Operative site | string(100)
incision_class
operation_position | 手术体位 | Patient position | string(50)
operating_room_no | 手术间编号 | Operating room | string(20)
operation_start_time! | 手术开始日期时间 | Operation started at | datetime
operation_end_time! | 手术结束日期时间 | Operation ended at | datetime
is_emergency | 急诊手术标志 | Emergency operation | boolean
anesthesia_method
asa_grade
surgeon_id!
surgeon_name
assistant1_name | Ⅰ助姓名 | First assistant | string(50) | el:姓名 | p:name
assistant2_name | Ⅱ助姓名 | Second assistant | string(50) | el:姓名 | p:name
anesthesiologist_id
anesthesiologist_name
scrub_nurse_name | 器械护士姓名 | Scrub nurse | string(50) | el:姓名 | p:name
circulating_nurse_name | 巡台护士姓名 | Circulating nurse | string(50) | el:姓名 | p:name
operation_process | 手术过程描述 | Operative course | string(4000)
skin_preparation | 皮肤消毒描述 | Skin preparation | string(200)
implant_name | 介入物名称 | Implants | string(500) | el:介人物名称
drainage_material | 引流材料名称 | Drains | string(200)
blood_loss_ml | 出血量(mL) | Blood loss (mL) | integer | el:手术出血量(ML)
infusion_ml | 输液量(mL) | Infusion volume (mL) | integer | el:输液量（ML）
transfusion_ml | 输血量(mL) | Transfusion volume (mL) | integer | el:输血量（ML）
has_specimen_to_pathology | 送病理标志 | Specimen sent to pathology | boolean
is_unplanned_reoperation | 非计划再次手术标志 | Unplanned reoperation | boolean
sign_time
''', rt=(8, 'PT24H'), vendor='DC_ZLCZJL_YBSSJL DC_ZLCZJL_YBSSJL_SSMX')

T('anesthesia_preop_visit', '麻醉术前访视记录', 'Pre-anaesthetic assessment', '手术', 'H', 'record_id', 'visit_time', 'C0010', '''
record_id!
surgery_no | 手术申请单号 | Surgery number | string(40)
inpatient_no
patient_id!
patient_name!
sex
age_years
dept_code
visit_time! | 访视日期时间 | Assessed at | datetime
weight_kg
abo_blood_type
rh_blood_type
preop_diagnosis_code
preop_diagnosis_name
comorbidities | 术前合并疾病 | Comorbidities | string(500)
brief_history | 简要病史 | Brief history | string(1000)
planned_operation_name | 拟实施手术及操作名称 | Planned procedure | string(128) | el:手术/操作名称
planned_anesthesia_method | 拟实施麻醉方法代码 | Planned anaesthesia method | code(3) | el:麻醉方法代码 | vs:anesthesia_method
asa_grade
ecg_result | 心电图检查结果 | ECG | string(500)
chest_xray_result | 胸部X线检查结果 | Chest X-ray | string(500)
coagulation_result | 凝血功能检查结果 | Coagulation tests | string(500)
airway_exam | 气管检查结果 | Airway assessment | string(500)
teeth_exam | 牙齿检查结果 | Dentition | string(200)
is_mental_status_normal | 精神状况正常标志 | Mental status normal | boolean
anesthesia_impact | 基础疾病对麻醉可能产生的影响 | Effect of comorbidities on anaesthesia | string(1000)
precautions
anesthesiologist_id
anesthesiologist_name
''', vendor='DC_ZLCZJL_MZSQFSJL')

T('anesthesia_record', '麻醉记录', 'Anaesthesia record', '手术', 'H', 'record_id', 'anesthesia_start_time', 'C0011', '''
record_id!
surgery_no | 手术申请单号 | Surgery number | string(40)
inpatient_no
patient_id!
patient_name!
sex
age_years
dept_code
weight_kg
asa_grade
anesthesia_method!
premedication | 麻醉前用药 | Premedication | string(200)
anesthesia_drugs | 麻醉药物 | Anaesthetic agents | string(500)
intubation_type | 气管插管分类 | Airway / intubation | string(100)
anesthesia_position | 麻醉体位 | Position | string(100)
enter_or_time | 入手术室日期时间 | Entered theatre at | datetime
anesthesia_start_time! | 麻醉开始日期时间 | Anaesthesia started at | datetime
anesthesia_end_time | 麻醉结束日期时间 | Anaesthesia ended at | datetime
leave_or_time | 出手术室日期时间 | Left theatre at | datetime
operation_code
operation_name
anesthesia_effect | 麻醉效果 | Effect | string(100)
has_anesthesia_complication | 麻醉合并症标志 | Anaesthetic complication | boolean
blood_loss_ml | 出血量(mL) | Blood loss (mL) | integer | el:手术出血量(ML)
infusion_ml | 输液量(mL) | Infusion volume (mL) | integer | el:输液量（ML）
transfusion_ml | 输血量(mL) | Transfusion volume (mL) | integer | el:输血量（ML）
destination | 患者去向 | Destination (PACU, ICU, ward) | string(50)
anesthesiologist_id!
anesthesiologist_name
sign_time
''', vendor='DC_ZLCZJL_MZJL DC_ZLCZJL_MZJL_MZMX')

T('anesthesia_postop_visit', '麻醉术后访视记录', 'Post-anaesthetic visit', '手术', 'H', 'record_id', 'visit_time', 'C0012', '''
record_id!
surgery_no | 手术申请单号 | Surgery number | string(40)
inpatient_no
patient_id!
patient_name!
sex
age_years
dept_code
visit_time! | 访视日期时间 | Visited at | datetime
operation_code
operation_name
anesthesia_method
general_condition | 一般状况检查结果 | General condition | string(1000)
recovery_status | 麻醉恢复情况 | Recovery | string(500)
awake_time | 清醒日期时间 | Regained consciousness at | datetime
is_extubated | 拔除气管插管标志 | Extubated | boolean
uses_analgesia_pump | 使用麻醉镇痛泵标志 | Patient-controlled analgesia pump | boolean
complications | 麻醉并发症 | Anaesthetic complications | string(500)
special_notes | 特殊情况 | Special circumstances | string(500)
anesthesiologist_id
anesthesiologist_name
''', vendor='DC_ZLCZJL_MZSHFSJL')

# ---- 治疗处置 ---------------------------------------------------------------------------------------
T('treatment_record', '治疗记录', 'Treatment record', '治疗', 'HD', 'record_id', 'treatment_time', 'C0008', '''
record_id!
request_no
visit_type! | 患者类型代码 | Patient type | code(1) | vs:visit_type
visit_no
inpatient_no
patient_id!
id_no
patient_name!
sex
age_years
dept_code
weight_kg
diagnosis_code
diagnosis_name
treatment_item_code | 治疗项目代码 | Treatment item code | string(50)
treatment_item_name! | 治疗项目名称 | Treatment | string(200)
treatment_time! | 治疗日期时间 | Treated at | datetime
operation_code
operation_site | 操作部位名称 | Site | string(100)
operation_method | 手术及操作方法 | Method | string(1000)
is_invasive | 有创诊疗操作标志 | Invasive procedure | boolean
medication | 治疗用药 | Medication used | string(1000)
handling_advice | 处理及指导意见 | Management and advice | string(2000)
followup_method
followup_date
executor_id | 执行者工号 | Performed by (id) | string(20)
executor_name | 执行者姓名 | Performed by | string(50) | el:姓名 | p:name
''', vendor='DC_ZLCZJL_ZLJL DC_ZLCZJL_ZLJL_YYMX')

T('transfusion_record', '输血记录', 'Transfusion record', '治疗', 'H', 'record_id', 'transfusion_time', 'C0013', '''
record_id!
request_no
inpatient_no
visit_no
patient_id!
id_no
patient_name!
sex
age_years
dept_code
abo_blood_type!
rh_blood_type!
has_transfusion_history | 输血史标志 | Previous transfusion | boolean
transfusion_indication | 输血指征 | Indication | string(500)
blood_component_code | 输血品种代码 | Blood component code | string(10)
blood_component_name! | 输血品种名称 | Blood component | string(50)
blood_bag_no | 血袋编码 | Blood bag number | string(30)
transfusion_volume! | 输血量 | Volume | decimal(8,1) | el:输血量（ML）
volume_unit | 输血量计量单位 | Volume unit (mL, U) | string(10)
transfusion_time! | 输血日期时间 | Transfused at | datetime
transfusion_count | 输血次数 | Transfusion count | integer
has_reaction | 输血反应标志 | Transfusion reaction | boolean
reaction_type | 输血反应类型 | Type of reaction | string(100)
transfusion_reason | 输血原因 | Reason | string(500)
transfusion_process | 输血过程记录 | Transfusion notes | string(2000)
doctor_id
doctor_name
sign_time
''', vendor='DC_ZLCZJL_SXJL')

# ---- 助产 -------------------------------------------------------------------------------------------
T('labor_record', '待产记录', 'Labour record', '妇幼保健', 'H', 'record_id', 'labor_admission_time', 'C0014', '''
record_id!
inpatient_no!
patient_id!
id_no
patient_name!
age_years
dept_code
bed_no
labor_admission_time! | 待产日期时间 | Admitted for labour at | datetime
gravidity | 孕次 | Gravidity | integer | el:孕次(次)
parity | 产次 | Parity | integer
last_menstrual_date | 末次月经日期 | Last menstrual period | date
expected_delivery_date | 预产期 | Expected date of delivery | date
gestational_weeks | 孕周(周) | Gestational age (weeks) | decimal(4,1)
has_prenatal_care | 产前检查标志 | Had antenatal care | boolean
prenatal_abnormality | 产前检查异常情况 | Antenatal abnormalities | string(500)
height_cm
weight_kg
systolic_bp
diastolic_bp
temperature
pulse_rate
fundal_height_cm | 宫底高度(cm) | Fundal height (cm) | decimal(4,1) | el:宫底高度(CM)
abdominal_girth_cm | 腹围(cm) | Abdominal girth (cm) | decimal(5,1) | el:腹围(CM)
fetal_position | 胎方位 | Fetal position | string(20)
fetal_heart_rate | 胎心率(次/min) | Fetal heart rate (/min) | integer | el:胎心率(次/MIN)
estimated_fetal_weight_g | 估计胎儿体重(g) | Estimated fetal weight (g) | integer
cervix_status | 宫颈情况 | Cervix | string(100)
membrane_status | 胎膜情况 | Membranes | string(50)
amniotic_fluid | 羊水情况 | Amniotic fluid | string(100)
presentation_position | 先露位置 | Station of presenting part | string(50)
planned_delivery_method | 计划分娩方式 | Planned mode of delivery | code(1) | vs:delivery_method
care_plan | 处置计划 | Management plan | string(1000)
doctor_id
doctor_name
''', vendor='DC_ZCJL_DCJL')

T('vaginal_delivery_record', '阴道分娩记录', 'Vaginal delivery record', '妇幼保健', 'H', 'record_id', 'delivery_time', 'C0015', '''
record_id!
inpatient_no!
patient_id!
id_no
patient_name!
age_years
gravidity | 孕次 | Gravidity | integer | el:孕次(次)
parity | 产次 | Parity | integer
gestational_weeks | 孕周(周) | Gestational age (weeks) | decimal(4,1)
labor_onset_time | 临产日期时间 | Onset of labour | datetime
membrane_rupture_time | 胎膜破裂日期时间 | Rupture of membranes | datetime
full_dilation_time | 宫口开全日期时间 | Full dilatation | datetime
delivery_time! | 胎儿娩出日期时间 | Birth time | datetime
placenta_delivery_time | 胎盘娩出日期时间 | Placenta delivered at | datetime
stage1_minutes | 第一产程时长(min) | First stage (min) | integer | el:第一产程时长(MIN)
stage2_minutes | 第二产程时长(min) | Second stage (min) | integer | el:第二产程时长(MIN)
stage3_minutes | 第三产程时长(min) | Third stage (min) | integer | el:第三产程时长(MIN)
total_labor_minutes | 总产程时长(min) | Total labour (min) | integer | el:总产程时长(MIN)
fetal_position | 胎方位 | Fetal position | string(20)
is_assisted | 阴道助产标志 | Assisted vaginal delivery | boolean
assisted_method | 阴道助产方式 | Assistance method | string(100)
is_episiotomy | 产妇会阴切开标志 | Episiotomy | boolean
perineal_laceration | 会阴裂伤情况 | Perineal tear | string(50)
blood_loss_ml | 产时出血量(mL) | Blood loss at delivery (mL) | integer | el:产时出血量(ML)
blood_loss_2h_ml | 产后2小时出血量(mL) | Blood loss in 2 h after delivery (mL) | integer | el:产后2小时出血量(ML)
newborn_sex | 新生儿性别代码 | Newborn sex | code(1) | el:性别代码 | vs:gb_t_2261_1_sex
newborn_weight_g | 新生儿出生体重(g) | Birth weight (g) | integer | el:出生体重(G)
newborn_length_cm | 新生儿出生身长(cm) | Birth length (cm) | decimal(4,1) | el:出生身长(CM)
apgar_1min | Apgar评分(1分钟) | Apgar score at 1 min | integer | el:APAR评分值(分)
apgar_5min | Apgar评分(5分钟) | Apgar score at 5 min | integer | el:APAR评分值(分)
delivery_outcome | 分娩结局 | Outcome (live birth, stillbirth...) | string(50)
newborn_abnormality | 新生儿异常情况 | Newborn abnormalities | string(200)
midwife_id | 接生者工号 | Midwife id | string(20)
midwife_name | 接生者姓名 | Midwife | string(50) | el:姓名 | p:name
doctor_name
''', vendor='DC_ZCJL_YDFM')

T('cesarean_record', '剖宫产记录', 'Caesarean section record', '妇幼保健', 'H', 'record_id', 'operation_start_time', 'C0016', '''
record_id!
inpatient_no!
patient_id!
id_no
patient_name!
age_years
preop_diagnosis_name
surgical_indication | 手术指征 | Indication | string(500)
operation_code
operation_name!
operation_start_time! | 手术开始日期时间 | Operation started at | datetime
operation_end_time | 手术结束日期时间 | Operation ended at | datetime
anesthesia_method
delivery_time | 胎儿娩出日期时间 | Birth time | datetime
fetal_delivery_method | 胎儿娩出方式 | Delivery of the baby | string(100)
placenta_delivery_time | 胎盘娩出日期时间 | Placenta delivered at | datetime
amniotic_fluid_ml | 羊水量(mL) | Amniotic fluid volume (mL) | integer | el:羊水量ML
amniotic_fluid_character | 羊水性状 | Amniotic fluid character | string(100)
cord_length_cm | 脐带长度(cm) | Cord length (cm) | integer | el:脐带长度
cord_around_neck | 绕颈身(周) | Nuchal cord (turns) | integer | el:绕颈身（周）
blood_loss_ml | 出血量(mL) | Blood loss (mL) | integer | el:手术出血量(ML)
transfusion_ml | 输血量(mL) | Transfusion volume (mL) | integer | el:输血量（ML）
infusion_ml | 输液量(mL) | Infusion volume (mL) | integer | el:输液量（ML）
postop_diagnosis_name
newborn_sex | 新生儿性别代码 | Newborn sex | code(1) | el:性别代码 | vs:gb_t_2261_1_sex
newborn_weight_g | 新生儿出生体重(g) | Birth weight (g) | integer | el:出生体重(G)
newborn_length_cm | 新生儿出生身长(cm) | Birth length (cm) | decimal(4,1) | el:出生身长(CM)
apgar_1min | Apgar评分(1分钟) | Apgar score at 1 min | integer | el:APAR评分值(分)
apgar_5min | Apgar评分(5分钟) | Apgar score at 5 min | integer | el:APAR评分值(分)
delivery_outcome | 分娩结局 | Outcome | string(50)
surgeon_id
surgeon_name
anesthesiologist_name
pediatrician_name | 儿科医师姓名 | Paediatrician | string(50) | el:姓名 | p:name
''', vendor='DC_ZCJL_PGC')

# ---- 护理 -------------------------------------------------------------------------------------------
NURSING_HEAD = '''
record_id!
inpatient_no!
patient_id!
patient_name!
sex
age_years
dept_code!
ward_name
bed_no
'''

T('nursing_general_record', '一般护理记录', 'General nursing record', '护理', 'HD', 'record_id', 'record_time', 'C0017', NURSING_HEAD + '''
record_time!
nursing_level | 护理等级代码 | Nursing care level | code(1) | vs:nursing_level
nursing_type | 护理类型 | Nursing type | string(50)
temperature
pulse_rate
respiratory_rate
systolic_bp
diastolic_bp
spo2
weight_kg
diet_status | 饮食情况 | Diet | string(100)
catheter_care | 导管护理描述 | Catheter care | string(1000)
position_care | 体位护理 | Positioning | string(100)
skin_care | 皮肤护理 | Skin care | string(200)
nutrition_care | 营养护理 | Nutritional care | string(200)
psychological_care | 心理护理 | Psychological care | string(200)
safety_care | 安全护理 | Safety measures | string(200)
is_isolated | 隔离标志 | Isolation | boolean
isolation_type | 隔离种类 | Isolation type | string(50)
observation_item | 护理观察项目名称 | Observation | string(100)
observation_result | 护理观察结果 | Observation result | string(1000)
nursing_operation | 护理操作名称 | Nursing procedure | string(100)
nursing_operation_result | 护理操作结果 | Procedure result | string(1000)
nurse_id!
nurse_name
sign_time
''', vendor='DC_HLCZJL_YBHL DC_HLCZJL_YBHL_HLCZ')

T('nursing_critical_record', '病重(病危)护理记录', 'Critical care nursing record', '护理', 'H', 'record_id', 'record_time', 'C0018', NURSING_HEAD + '''
record_time!
nursing_level | 护理等级代码 | Nursing care level | code(1) | vs:nursing_level
diagnosis_code
diagnosis_name
temperature
heart_rate
pulse_rate
respiratory_rate
systolic_bp
diastolic_bp
spo2
blood_glucose | 血糖检测值(mmol/L) | Blood glucose (mmol/L) | decimal(5,2) | el:血糖检测值(MMOL/L)
consciousness_level | 意识状态 | Consciousness | string(50)
ventilator_monitoring | 呼吸机监护项目 | Ventilator monitoring | string(200)
intake_ml | 入量(mL) | Intake (mL) | integer
output_ml | 出量(mL) | Output (mL) | integer
diet_status | 饮食情况 | Diet | string(100)
observation_item | 护理观察项目名称 | Observation | string(100)
observation_result | 护理观察结果 | Observation result | string(1000)
nursing_operation | 护理操作名称 | Nursing procedure | string(100)
nursing_operation_result | 护理操作结果 | Procedure result | string(1000)
nurse_id!
nurse_name
sign_time
''', vendor='DC_HLCZJL_BZBWHL DC_HLCZJL_BZBWHL_HLGC')

T('nursing_surgery_record', '手术护理记录', 'Perioperative nursing record', '护理', 'H', 'record_id', 'enter_or_time', 'C0019', NURSING_HEAD + '''
surgery_no | 手术申请单号 | Surgery number | string(40)
operation_code
operation_name
operating_room_no | 手术间编号 | Operating room | string(20)
enter_or_time! | 入手术室日期时间 | Entered theatre at | datetime
leave_or_time | 出手术室日期时间 | Left theatre at | datetime
abo_blood_type
rh_blood_type
has_allergy | 过敏史标志 | Allergies | boolean
skin_condition | 皮肤检查描述 | Skin condition | string(500)
items_used | 术中所用物品名称 | Items used | string(1000)
is_preop_count_done | 术前清点标志 | Count before incision | boolean
is_pre_closure_check_done | 关前核对标志 | Count before closure | boolean
is_post_closure_check_done | 关后核对标志 | Count after closure | boolean
handover_items | 病人交接核对项目 | Handover checklist | string(500)
handover_time | 交接日期时间 | Handed over at | datetime
scrub_nurse_id | 器械护士工号 | Scrub nurse id | string(20)
scrub_nurse_name | 器械护士姓名 | Scrub nurse | string(50) | el:姓名 | p:name
circulating_nurse_id | 巡台护士工号 | Circulating nurse id | string(20)
circulating_nurse_name | 巡台护士姓名 | Circulating nurse | string(50) | el:姓名 | p:name
''', vendor='DC_HLCZJL_SSHL DC_HLCZJL_SSHL_QXHD DC_HLCZJL_SSHL_SHJJ')

T('vital_signs', '生命体征测量记录', 'Vital signs', '护理', 'HD', 'record_id', 'measure_time', 'C0020', NURSING_HEAD + '''
measure_time! | 测量日期时间 | Measured at | datetime
days_after_operation | 手术或分娩后天数 | Days after surgery or delivery | integer
temperature
heart_rate
pulse_rate
respiratory_rate
uses_ventilator | 使用呼吸机标志 | On ventilator | boolean
systolic_bp
diastolic_bp
spo2
weight_kg
pain_score | 疼痛评分(NRS) | Pain score (NRS 0-10) | integer
stool_count | 大便次数(次/d) | Stools per day | integer | el:大便次数(次/D)
urine_ml | 尿量(mL) | Urine output (mL) | integer
nurse_id
nurse_name
''', vendor='DC_HLCZJL_SMTZ')

T('intake_output_record', '出入量记录', 'Fluid intake and output', '护理', 'H', 'record_id', 'record_time', 'C0021', NURSING_HEAD + '''
record_time!
io_direction! | 出入量方向 | Intake or output | code(1) | vs:io_direction
io_item! | 出入量项目 | Item (oral, IV, urine, drainage...) | string(50)
volume_ml! | 量(mL) | Volume (mL) | decimal(8,1)
drug_name | 药物名称 | Drug given | string(200)
route_code | 用药途径代码 | Route of administration | code(3) | el:药物使用途径代码 | vs:drug_route
is_vomiting | 呕吐标志 | Vomiting | boolean
has_dysuria | 排尿困难标志 | Difficulty passing urine | boolean
nurse_id
nurse_name
''', vendor='DC_HLCZJL_CRL DC_HLCZJL_CRL_YYMX')

T('high_value_consumable', '高值耗材使用记录', 'High-value consumable use', '护理', 'H', 'record_id', 'use_time', 'C0022', NURSING_HEAD + '''
surgery_no | 手术申请单号 | Surgery number | string(40)
use_time! | 使用日期时间 | Used at | datetime
is_implant | 植入性耗材标志 | Implantable | boolean
material_name! | 材料名称 | Material | string(200)
product_code | 产品编码 | Product code | string(50)
udi | 医疗器械唯一标识(UDI) | Unique device identifier | string(100)
insurance_material_code | 国家医保医用耗材代码 | National insurance consumable code | string(30)
specification | 规格型号 | Model / size | string(100)
manufacturer | 产品生产厂家 | Manufacturer | string(100)
supplier | 产品供应商 | Supplier | string(100)
batch_no | 生产批号 | Lot number | string(50)
unit | 耗材单位 | Unit | string(20)
quantity! | 数量 | Quantity | decimal(10,2)
unit_price | 单价(元) | Unit price (yuan) | decimal(12,2)
amount | 金额(元) | Amount (yuan) | decimal(12,2)
nurse_id
nurse_name
''', vendor='DC_HLCZJL_GZHC')

T('nursing_admission_assessment', '入院评估', 'Nursing admission assessment', '护理', 'H', 'record_id', 'assessment_time', 'C0023', NURSING_HEAD + '''
admission_time
admission_route | 入院途径代码 | Admission route | code(1) | vs:admission_route
admission_mode | 入病房方式 | Arrived on the ward by | string(20)
admission_reason | 入院原因 | Reason for admission | string(1000) | el:人院原因
main_symptoms | 主要症状 | Main symptoms | string(500)
temperature
pulse_rate
respiratory_rate
systolic_bp
diastolic_bp
weight_kg
allergy_history
is_mental_status_normal | 精神状态正常标志 | Mental status normal | boolean
sleep_status | 睡眠状况 | Sleep | string(200)
diet_status | 饮食情况 | Diet | string(100)
nutrition_status | 营养状态 | Nutritional status | string(50)
self_care_ability | 自理能力 | Self-care ability | string(50)
psychological_status | 心理状态 | Psychological state | string(50)
smoking_status | 吸烟状况 | Smoking status | code(1) | vs:smoking_status
drinking_frequency | 饮酒频率 | Drinking frequency | code(1) | vs:drinking_frequency
fall_risk_score | 跌倒风险评分(Morse) | Fall risk (Morse) | integer
pressure_injury_score | 压力性损伤风险评分(Braden) | Pressure injury risk (Braden) | integer
adl_score | 日常生活能力评分(Barthel) | Activities of daily living (Barthel) | integer
assessment_time! | 评估日期时间 | Assessed at | datetime
nurse_id!
nurse_name
''', vendor='DC_HLPGYJH_RYPG')

T('nursing_plan', '护理计划', 'Nursing care plan', '护理', 'H', 'record_id', 'plan_time', 'C0024', NURSING_HEAD + '''
plan_time! | 计划日期时间 | Planned at | datetime
diagnosis_code
diagnosis_name
nursing_level | 护理等级代码 | Nursing care level | code(1) | vs:nursing_level
nursing_problem! | 护理问题 | Nursing problem | string(1000)
nursing_goal | 护理目标 | Goal | string(500)
nursing_measures | 护理措施 | Interventions | string(2000)
catheter_care | 导管护理描述 | Catheter care | string(1000)
position_care | 体位护理 | Positioning | string(100)
skin_care | 皮肤护理 | Skin care | string(200)
airway_care | 气管护理 | Airway care | string(100)
safety_care | 安全护理 | Safety measures | string(200)
diet_guidance | 饮食指导 | Dietary guidance | string(200)
evaluation | 效果评价 | Evaluation | string(500)
nurse_id!
nurse_name
''', vendor='DC_HLPGYJH_HLJH')

T('nursing_discharge_assessment', '出院评估与指导', 'Nursing discharge assessment and advice', '护理', 'H', 'record_id', 'assessment_time', 'C0025', NURSING_HEAD + '''
discharge_time
assessment_time! | 评估日期时间 | Assessed at | datetime
discharge_diagnosis_code
discharge_diagnosis_name
diet_status | 饮食情况 | Diet | string(100)
self_care_ability | 自理能力 | Self-care ability | string(50)
discharge_status
discharge_disposition | 离院方式代码 | Discharge disposition | code(1) | vs:discharge_disposition
medication_guidance | 用药指导 | Medication advice | string(1000)
diet_guidance | 饮食指导 | Dietary advice | string(500)
lifestyle_guidance | 生活方式指导 | Lifestyle advice | string(500)
health_education | 宣教内容 | Health education given | string(1000)
followup_guidance | 复诊指导 | Follow-up advice | string(500)
nurse_id!
nurse_name
''', vendor='DC_HLPGYJH_CYPGJZD')

# ---- 知情告知 ---------------------------------------------------------------------------------------
CONSENT_HEAD = '''
consent_no! | 知情同意书编号 | Consent form number | string(40)
inpatient_no
visit_no
patient_id!
id_no
patient_name!
sex
age_years
dept_code!
'''
CONSENT_TAIL = '''
patient_opinion | 患者/法定代理人意见 | Patient's or representative's decision | string(1000)
representative_name | 法定代理人姓名 | Legal representative | string(50) | p:name
representative_relation | 法定代理人与患者关系代码 | Representative's relationship to patient | code(1) | el:患者与本人关系代码 | vs:relationship
patient_sign_time! | 患者/法定代理人签名日期时间 | Signed by patient or representative at | datetime
doctor_id
doctor_name
doctor_sign_time | 医师签名日期时间 | Signed by doctor at | datetime
'''

T('consent_surgery', '手术知情同意书', 'Surgical consent', '知情告知', 'H', 'consent_no', 'patient_sign_time', 'C0026', CONSENT_HEAD + '''
preop_diagnosis_code
preop_diagnosis_name
planned_operation_code | 拟实施手术及操作编码 | Planned procedure code (ICD-9-CM-3) | code(20) | el:手术/操作代码 | vs:icd9cm3
planned_operation_name! | 拟实施手术及操作名称 | Planned procedure | string(128) | el:手术/操作名称
planned_operation_time | 拟实施手术日期时间 | Planned time | datetime
planned_anesthesia_method | 拟实施麻醉方法代码 | Planned anaesthesia method | code(3) | el:麻醉方法代码 | vs:anesthesia_method
intraop_risks | 手术中可能出现的意外及风险 | Intra-operative risks | string(2000) | el:手术中可能出现的风险及意外
postop_risks | 手术后可能出现的意外及并发症 | Post-operative risks and complications | string(2000)
alternatives | 替代方案 | Alternatives | string(1000)
institution_opinion | 医疗机构意见 | Institution's statement | string(1000)
surgeon_name
''' + CONSENT_TAIL, vendor='DC_ZQGZXX_SSTYS DC_ZQGZXX_SSTYS_NSSSS')

T('consent_anesthesia', '麻醉知情同意书', 'Anaesthesia consent', '知情告知', 'H', 'consent_no', 'patient_sign_time', 'C0027', CONSENT_HEAD + '''
preop_diagnosis_code
preop_diagnosis_name
planned_operation_name | 拟实施手术及操作名称 | Planned procedure | string(128) | el:手术/操作名称
planned_anesthesia_method! | 拟实施麻醉方法代码 | Planned anaesthesia method | code(3) | el:麻醉方法代码 | vs:anesthesia_method
asa_grade
comorbidity_impact | 基础疾病对麻醉可能产生的影响 | Effect of comorbidities on anaesthesia | string(1000)
anesthesia_risks | 麻醉中、麻醉后可能发生的意外及并发症 | Anaesthetic risks and complications | string(2000)
joins_anesthesia_insurance | 参加麻醉安全保险标志 | Takes anaesthesia safety insurance | boolean
anesthesiologist_name
''' + CONSENT_TAIL, vendor='DC_ZQGZXX_MZZQTYS')

T('consent_transfusion', '输血治疗同意书', 'Transfusion consent', '知情告知', 'H', 'consent_no', 'patient_sign_time', 'C0028', CONSENT_HEAD + '''
diagnosis_code
diagnosis_name
has_transfusion_history | 输血史标志 | Previous transfusion | boolean
transfusion_indication | 输血指征 | Indication | string(500)
blood_component_name | 输血品种 | Blood component | string(50)
abo_blood_type
rh_blood_type
pretransfusion_tests | 输血前有关检查项目及结果 | Pre-transfusion tests and results | string(1000)
transfusion_risks | 输血风险及可能产生的不良后果 | Risks and possible adverse effects | string(2000)
''' + CONSENT_TAIL, vendor='DC_ZQGZXX_SXZLTYS')

T('consent_special_exam', '特殊检查及特殊治疗同意书', 'Consent to special examination or treatment', '知情告知', 'H', 'consent_no', 'patient_sign_time', 'C0029', CONSENT_HEAD + '''
diagnosis_code
diagnosis_name
special_item_name! | 特殊检查及特殊治疗项目名称 | Special examination or treatment | string(200)
special_item_purpose | 特殊检查及特殊治疗的目的 | Purpose | string(500)
complications_risks | 特殊检查及特殊治疗可能引起并发症及风险 | Possible complications and risks | string(2000)
alternatives | 替代方案 | Alternatives | string(1000)
''' + CONSENT_TAIL, vendor='DC_ZQGZXX_TSJCZLTYS')

T('critical_illness_notice', '病危(重)通知书', 'Critical illness notice', '知情告知', 'H', 'consent_no', 'notice_time', 'C0030', '''
consent_no! | 通知书编号 | Notice number | string(40)
inpatient_no
visit_no
patient_id!
id_no
patient_name!
sex
age_years
dept_code!
diagnosis_code
diagnosis_name
condition_summary | 病情概括及主要抢救措施 | Condition and main resuscitation measures | string(2000)
notice_content | 病危(重)通知内容 | Notice text | string(2000)
notice_time! | 通知日期时间 | Notified at | datetime
representative_name | 法定代理人姓名 | Legal representative | string(50) | p:name
representative_relation | 法定代理人与患者关系代码 | Representative's relationship to patient | code(1) | el:患者与本人关系代码 | vs:relationship
representative_sign_time | 法定代理人签名日期时间 | Signed by representative at | datetime
doctor_id
doctor_name
''', vendor='DC_ZQGZXX_BWZTZS')

T('consent_other', '其他知情同意书', 'Other consent form', '知情告知', 'H', 'consent_no', 'patient_sign_time', 'C0031', CONSENT_HEAD + '''
consent_name! | 知情同意书名称 | Consent form title | string(100)
consent_content | 知情同意书内容 | Consent text | string(4000)
diagnosis_code
diagnosis_name
precautions
''' + CONSENT_TAIL, vendor='DC_ZQGZXX_QTZQTYS')

# ---- 其他临床与报告 ---------------------------------------------------------------------------------
T('health_event_summary', '卫生事件摘要', 'Health event summary', '门急诊', 'HD', 'event_id', 'event_start_time', 'C0001', '''
event_id! | 卫生事件标识 | Health event id | string(64)
visit_type! | 患者类型代码 | Patient type | code(1) | vs:visit_type
visit_no
inpatient_no
patient_id!
id_no
patient_name!
sex!
birth_date
dept_code
event_start_time! | 就诊(入院)日期时间 | Encounter start | datetime
event_end_time | 就诊结束(出院)日期时间 | Encounter end | datetime
onset_time | 发病日期时间 | Onset | datetime
visit_reason | 就诊原因 | Reason for encounter | string(1000)
diagnosis_code | 主要西医诊断编码 | Principal diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
diagnosis_name | 主要西医诊断名称 | Principal diagnosis | string(128) | el:疾病诊断名称
tcm_disease_code
tcm_disease_name
tcm_syndrome_code
tcm_syndrome_name
operation_code | 主要手术及操作编码 | Principal procedure code (ICD-9-CM-3) | code(20) | el:手术/操作代码 | vs:icd9cm3
operation_name | 主要手术及操作名称 | Principal procedure | string(128) | el:手术/操作名称
key_drugs | 关键药物 | Key medications | string(1000)
adverse_drug_reaction | 药物不良反应情况 | Adverse drug reactions | string(500)
other_treatment | 其他医学处置 | Other interventions | string(1000)
underlying_death_cause_code | 根本死因编码 | Underlying cause of death (ICD-10) | code(20) | el:根本死因代码 | vs:icd10
treatment_outcome | 治疗结果代码 | Outcome | code(1) | vs:treatment_outcome
medical_payment_method
outpatient_cost | 门诊费用金额(元) | Outpatient cost (yuan) | decimal(12,2)
inpatient_cost | 住院费用金额(元) | Inpatient cost (yuan) | decimal(12,2)
self_burden_amount | 个人承担费用(元) | Patient share (yuan) | decimal(12,2)
doctor_id | 责任医师工号 | Responsible doctor id | string(20)
doctor_name | 责任医师姓名 | Responsible doctor | string(50) | el:姓名 | p:name
''', vendor='DC_BLGY_WSSJZY DC_BLGY_WSSJZY_GYJW DC_BLGY_YLFYJL')

T('referral_record', '转诊(院)记录', 'Referral record', '门急诊', 'HD', 'referral_no', 'referral_time', '', '''
referral_no! | 转诊单号 | Referral number | string(40)
referral_type! | 转诊类型 | Referral direction | code(1) | vs:referral_type
record_no
visit_no
inpatient_no
patient_id!
id_type
id_no!
patient_name!
sex!
birth_date
phone
address
referral_time! | 转诊日期时间 | Referred at | datetime | el:转诊日期
referral_reason! | 转诊原因 | Reason for referral | string(500)
diagnosis_code
diagnosis_name
main_history | 主要现病史 | Main present illness | string(2000)
past_history
main_treatment | 主要治疗措施 | Main treatment given | string(2000)
auxiliary_exam_result
operation_code
operation_name
rehabilitation_advice | 康复措施指导 | Rehabilitation advice (downward referral) | string(1000)
from_institution_code! | 转出医疗机构代码 | Referring institution code | string(22)
from_institution_name | 转出医疗机构名称 | Referring institution | string(100)
from_dept_name | 转出科室名称 | Referring department | string(50)
from_doctor_id | 转诊医师工号 | Referring doctor id | string(20)
from_doctor_name | 转诊医师姓名 | Referring doctor | string(50) | el:姓名 | p:name
to_institution_code! | 转入医疗机构代码 | Receiving institution code | string(22)
to_institution_name | 转入医疗机构名称 | Receiving institution | string(100)
to_dept_name | 转入科室名称 | Receiving department | string(50)
receive_time | 接诊日期时间 | Accepted at | datetime
referral_status! | 转诊状态 | Referral status | code(1) | vs:referral_status
''', vendor='DC_ZZYJL_ZZYJL')

T('infectious_disease_report', '传染病报告卡', 'Notifiable infectious disease report', '传染病', 'HD', 'card_no', 'diagnosis_time', '', '''
card_no! | 报告卡编码 | Report card number | string(40)
card_type! | 报卡类别代码 | Report type | code(1) | vs:report_card_type
visit_no
inpatient_no
patient_id
id_type
id_no
patient_name!
guardian_name | 患儿家长姓名 | Parent / guardian (children under 14) | string(50) | p:name
sex!
birth_date
age_years
work_unit
phone
patient_affiliation! | 病人属于 | Residence relative to the reporting unit | code(1) | el:传染病患者归属代码 | vs:patient_affiliation
address_division!
address!
population_group! | 人群分类 | Population group | code(2) | el:传染病患者职业代码 | vs:infectious_population
case_classification! | 病例分类 | Case classification | code(1) | vs:case_classification
is_chronic | 慢性病例标志(乙肝、丙肝、血吸虫病) | Chronic case | boolean
disease_code! | 疾病名称代码 | Disease | code(3) | vs:notifiable_disease
disease_name | 疾病名称 | Disease name | string(100)
other_disease_name | 其他法定管理以及重点监测传染病 | Other notifiable disease | string(100)
diagnosis_code | 疾病诊断编码(ICD-10) | Diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
onset_date! | 发病日期 | Onset date | date
diagnosis_time! | 诊断日期时间 | Diagnosed at | datetime
death_date | 死亡日期 | Date of death | date
revised_disease_name | 订正病名 | Revised diagnosis | string(100) | el:订正诊断
return_reason | 退卡原因 | Reason for rejection | string(200)
dept_code
reporting_doctor_name | 报告医生姓名 | Reporting doctor | string(50) | el:姓名 | p:name
fill_date! | 填卡日期 | Card filled on | date
remarks | 备注 | Remarks | string(500)
''')

T('death_medical_certificate', '居民死亡医学证明(推断)书', 'Medical certificate of death', '死因监测', 'HD', 'certificate_no', 'death_time', '', '''
certificate_no! | 医学证明编号 | Certificate number | string(30)
patient_id
id_type!
id_no!
person_name! | 死者姓名 | Name of the deceased | string(50) | el:姓名 | p:name
sex!
ethnicity
birth_date!
age_years
marital_status
education
occupation
registered_division | 户籍地址行政区划代码 | Registered-address division code | code(12) | el:行政区划代码 | vs:gb_t_2260_division
registered_address | 户籍地址 | Registered (hukou) address | string(200) | p:address
address_division
address
death_time! | 死亡日期时间 | Time of death | datetime
death_place! | 死亡地点 | Place of death | code(1) | el:死亡地点类别代码 | vs:death_place
is_pregnancy_related | 死亡时是否处于妊娠期或妊娠终止后42天内 | Pregnant or within 42 days of pregnancy | boolean
cause_a | (a)直接死亡原因 | (a) Direct cause | string(200)
cause_a_interval | (a)发病到死亡大概间隔时间 | (a) Interval from onset to death | string(30) | el:发病到死亡的时长
cause_b | (b)引起(a)的疾病或情况 | (b) Due to | string(200)
cause_c | (c)引起(b)的疾病或情况 | (c) Due to | string(200)
cause_d | (d)引起(c)的疾病或情况 | (d) Due to | string(200)
other_conditions | 其他疾病诊断(促进死亡,但与导致死亡无关的其他重要情况) | Other significant conditions | string(500) | el:其他疾病诊断
underlying_cause_code! | 根本死因编码 | Underlying cause of death (ICD-10) | code(20) | el:根本死因代码 | vs:icd10
underlying_cause_name | 根本死因名称 | Underlying cause of death | string(200)
highest_diagnosis_unit | 生前主要疾病最高诊断单位 | Highest-level diagnosing unit | code(1) | el:主要致死疾病的最高诊断机构级别代码 | vs:highest_diagnosis_unit
highest_diagnosis_basis | 生前主要疾病最高诊断依据 | Highest diagnostic basis | code(1) | el:死亡最高诊断依据类别代码 | vs:highest_diagnosis_basis
informant_name | 家属姓名 | Family contact | string(50) | p:name
informant_phone | 家属联系电话 | Family contact phone | string(20) | el:电话号码 | p:phone
doctor_name | 医师签名 | Certifying doctor | string(50) | el:姓名 | p:name
issue_date! | 填报日期 | Issued on | date
''')

T('birth_medical_certificate', '出生医学证明', 'Medical certificate of birth', '妇幼保健', 'H', 'certificate_no', 'birth_time', '', '''
certificate_no! | 出生医学证明编号 | Certificate number | string(20) | el:医学证明编号
inpatient_no
newborn_name | 新生儿姓名 | Newborn name | string(50) | p:name
newborn_sex! | 新生儿性别代码 | Newborn sex | code(1) | el:性别代码 | vs:gb_t_2261_1_sex
birth_time! | 出生日期时间 | Time of birth | datetime | el:出生日期时间
gestational_weeks | 出生孕周(周) | Gestational age (weeks) | decimal(4,1)
birth_weight_g | 出生体重(g) | Birth weight (g) | integer | el:出生体重(G)
birth_length_cm | 出生身长(cm) | Birth length (cm) | decimal(4,1) | el:出生身长(CM)
birth_place_division | 出生地点行政区划代码 | Place of birth (division code) | code(12) | el:行政区划代码 | vs:gb_t_2260_division
birth_place_type | 出生地点分类 | Place of birth type (hospital, home...) | string(20)
mother_name! | 母亲姓名 | Mother's name | string(50) | el:姓名 | p:name
mother_id_type | 母亲身份证件类别代码 | Mother's ID document type | code(2) | el:母亲身份证件类别代码 | vs:id_document_type
mother_id_no! | 母亲身份证件号码 | Mother's ID number | string(18) | el:母亲身份证件号码 | p:national_id
mother_ethnicity | 母亲民族代码 | Mother's ethnic group | code(2) | el:民族 | vs:gb_3304_ethnicity
mother_age_years | 母亲年龄(岁) | Mother's age | integer | el:年龄
father_name | 父亲姓名 | Father's name | string(50) | el:姓名 | p:name
father_id_type | 父亲身份证件类别代码 | Father's ID document type | code(2) | el:父亲身份证件类别代码 | vs:id_document_type
father_id_no | 父亲身份证件号码 | Father's ID number | string(18) | el:父亲身份证件号码 | p:national_id
address_division
address
issue_date! | 签发日期 | Issued on | date
midwife_name | 接生人员姓名 | Birth attendant | string(50) | el:姓名 | p:name
''')

T('adverse_drug_reaction_report', '药品不良反应/事件报告', 'Adverse drug reaction report', '药事', 'HD', 'report_no', 'reaction_time', '', '''
report_no! | 报告编号 | Report number | string(40)
report_type! | 报告类型 | Report type | code(1) | vs:adr_report_type
visit_no
inpatient_no
patient_id!
patient_name!
sex!
birth_date
weight_kg
primary_disease | 原患疾病 | Underlying disease | string(200)
drug_code | 怀疑药品院内代码 | Suspected drug (local code) | string(50)
drug_name! | 怀疑药品通用名称 | Suspected drug | string(200) | el:药物名称
approval_no | 批准文号 | Approval number | string(50)
manufacturer | 生产厂家 | Manufacturer | string(200)
batch_no | 生产批号 | Lot number | string(50)
dose_per_time | 用法用量-次剂量 | Dose | decimal(12,4)
route_code | 用药途径代码 | Route of administration | code(3) | el:药物使用途径代码 | vs:drug_route
medication_start_date | 用药起始日期 | Drug started on | date
medication_end_date | 用药终止日期 | Drug stopped on | date
reaction_name! | 不良反应/事件名称 | Adverse reaction | string(200)
reaction_time! | 不良反应/事件发生日期时间 | Occurred at | datetime
reaction_description | 不良反应/事件过程描述及处理情况 | Description and management | string(2000) | el:药物不良反应描述
reaction_outcome | 不良反应/事件的结果 | Outcome | string(50)
reporter_name | 报告人姓名 | Reporter | string(50) | el:姓名 | p:name
report_date! | 报告日期 | Reported on | date
''')

T('nosocomial_infection_case', '医院感染病例报告', 'Healthcare-associated infection case', '医院感染', 'H', 'case_no', 'infection_date', '', '''
case_no! | 医院感染病例编号 | Case number | string(40)
inpatient_no!
patient_id!
patient_name!
sex!
age_years
dept_code!
admission_time
infection_date! | 感染日期 | Date of infection | date | el:感染日期
infection_site! | 感染部位 | Site of infection | string(100)
diagnosis_code | 医院感染诊断编码 | HAI diagnosis code (ICD-10) | code(20) | el:疾病诊断代码 | vs:icd10
diagnosis_name! | 医院感染诊断名称 | HAI diagnosis | string(128) | el:疾病诊断名称
is_device_associated | 器械相关感染标志 | Device-associated | boolean
device_type | 相关侵入性操作 | Related device (CVC, ventilator, urinary catheter) | string(100)
is_surgical_site | 手术部位感染标志 | Surgical site infection | boolean
operation_code
pathogen_name | 病原体名称 | Pathogen | string(100)
is_mdro | 多重耐药菌标志 | Multidrug-resistant organism | boolean
mdro_type | 多重耐药菌类型 | MDRO type | code(5) | vs:mdro_type
specimen_type | 送检标本 | Specimen | string(50)
outcome | 转归 | Outcome | code(1) | vs:treatment_outcome
reporter_name | 报告医师姓名 | Reporting doctor | string(50) | el:姓名 | p:name
report_time! | 报告日期时间 | Reported at | datetime
''')

# ===================================================================================================
# District-only tables: WS 365 城乡居民健康档案 and the 国家基本公共卫生服务规范(第三版) service forms,
# plus the later national programmes delivered by community health centres.
# ===================================================================================================
HR_HEAD = '''
record_no!
person_name!
id_no
'''

# ---- 健康档案 ---------------------------------------------------------------------------------------
T('hr_household', '家庭档案', 'Household record', '健康档案', 'D', 'household_no', 'create_date', '', '''
household_no! | 家庭档案编号 | Household record number | string(20)
head_record_no | 户主健康档案编号 | Head of household's health record number | string(20) | el:健康档案编号
head_name! | 户主姓名 | Head of household | string(50) | el:姓名 | p:name
address_division!
address!
phone
household_size | 家庭人口数 | Household size | integer
residents_count | 常住人口数 | Resident members | integer
is_low_income | 低保户标志 | Receives subsistence allowance | boolean
is_family_planning_special | 计划生育特殊家庭标志 | Family-planning special family | boolean
responsible_doctor_id | 责任医生工号 | Responsible doctor id | string(20)
responsible_doctor_name | 责任医生姓名 | Responsible doctor | string(50) | el:姓名 | p:name
create_date! | 建档日期 | Created on | date
is_active! | 有效标志 | Active | boolean
''')

T('hr_household_member', '家庭成员', 'Household member', '健康档案', 'D', 'household_no record_no', 'join_date', '', '''
household_no! | 家庭档案编号 | Household record number | string(20)
record_no!
person_name!
id_no
relation_to_head! | 与户主关系 | Relationship to head of household | code(1) | vs:relationship
is_head | 户主标志 | Head of household | boolean
join_date! | 加入日期 | Joined on | date
leave_date | 迁离日期 | Left on | date
''')

T('hr_person_basic', '个人基本信息表', 'Resident basic information (health record)', '健康档案', 'D', 'record_no', 'create_date', '', '''
record_no!
person_name!
id_type
id_no!
sex!
birth_date!
ethnicity
phone
work_unit
contact_name
contact_phone
residence_type! | 常住类型 | Residence type | code(1) | vs:residence_type
registered_division | 户籍地址行政区划代码 | Registered-address division code | code(12) | el:行政区划代码 | vs:gb_t_2260_division
address_division!
address!
household_no | 家庭档案编号 | Household record number | string(20)
abo_blood_type
rh_blood_type
education
occupation_category | 职业 | Occupation | code(1) | vs:occupation_category
marital_status
payment_methods | 医疗费用支付方式(多选) | Payment methods (comma-separated 1-8) | string(20)
insurance_card_no
health_card_no
drug_allergy | 药物过敏史 | Drug allergies | string(200)
exposure_history | 暴露史 | Exposures (chemicals, poisons, radiation) | string(200)
genetic_disease | 遗传病史 | Hereditary disease | string(200)
disability | 残疾情况(多选) | Disabilities (comma-separated 1-8) | string(20)
kitchen_ventilation | 厨房排风设施 | Kitchen ventilation | string(20)
fuel_type | 燃料类型 | Cooking fuel | string(20)
drinking_water | 饮水 | Drinking water source | string(20)
toilet_type | 厕所 | Toilet | string(20)
livestock_pen | 禽畜栏 | Livestock pen | string(20)
responsible_doctor_id | 责任医生工号 | Responsible doctor id | string(20)
responsible_doctor_name | 责任医生姓名 | Responsible doctor | string(50) | el:姓名 | p:name
create_date! | 建档日期 | Created on | date
creator_name | 建档人姓名 | Created by | string(50) | el:姓名 | p:name
record_status! | 档案状态 | Record status | code(1) | vs:hr_record_status
''', roles=['health_record_basic'])

T('hr_medical_history', '既往史', 'Past medical history (health record)', '健康档案', 'D', 'record_no history_type history_seq', 'record_date', '', HR_HEAD + '''
history_type! | 既往史类型 | Entry type | code(1) | vs:medical_history_type
history_seq! | 序号 | Sequence number | integer
history_disease_code | 既往疾病代码 | Disease (health-record list) | code(2) | vs:chronic_history_disease
diagnosis_code
item_name | 名称(疾病/手术/外伤/输血原因) | Name (disease, operation, injury or transfusion reason) | string(200)
occur_date | 确诊(发生)日期 | Date diagnosed or occurred | date
record_date! | 登记日期 | Recorded on | date
''')

T('hr_family_history', '家族史', 'Family history (health record)', '健康档案', 'D', 'record_no family_member history_disease_code', 'record_date', '', HR_HEAD + '''
family_member! | 亲属 | Relative | code(1) | vs:family_member_type
history_disease_code! | 疾病代码 | Disease (health-record list) | code(2) | vs:chronic_history_disease
other_disease_name | 其他疾病名称 | Other disease | string(100)
record_date! | 登记日期 | Recorded on | date
''')

EXAM_HEAD = '''
exam_no! | 体检编号 | Health check number | string(32) | el:记录表单编号
record_no!
exam_date! | 体检日期 | Health check date | date | el:检查(测)日期
'''

T('hr_physical_exam', '健康体检表', 'Health check', '健康档案', 'D', 'exam_no', 'exam_date', '', EXAM_HEAD + '''
person_name!
id_no
sex
age_years
is_elderly_exam | 老年人健康管理体检标志 | Annual check for the elderly (65+) | boolean
responsible_doctor_name | 责任医生姓名 | Responsible doctor | string(50) | el:姓名 | p:name
symptoms | 症状(多选) | Symptoms (comma-separated codes 1-25) | string(100)
temperature
pulse_rate
respiratory_rate
left_systolic_bp | 左侧收缩压(mmHg) | Left-arm systolic BP (mmHg) | integer | el:收缩压(MMHG)
left_diastolic_bp | 左侧舒张压(mmHg) | Left-arm diastolic BP (mmHg) | integer | el:舒张压(MMHG)
right_systolic_bp | 右侧收缩压(mmHg) | Right-arm systolic BP (mmHg) | integer | el:收缩压(MMHG)
right_diastolic_bp | 右侧舒张压(mmHg) | Right-arm diastolic BP (mmHg) | integer | el:舒张压(MMHG)
height_cm
weight_kg
waist_cm
bmi
elderly_self_assessment | 老年人健康状态自我评估 | Self-rated health | code(1) | el:老年人健康状态自我评估代码 | vs:elderly_self_assessment
elderly_self_care | 老年人生活自理能力自我评估 | Self-care ability | code(1) | el:老年人生活自理能力自我评估代码 | vs:self_care_level
cognitive_screening | 老年人认知功能粗筛 | Cognitive screening | code(1) | el:老年人认知功能粗筛结果代码 | vs:posneg_result
cognitive_score | 简易智力状态检查总分 | Mini-mental state score | integer | el:老年人认知功能评分
emotion_screening | 老年人情感状态粗筛 | Mood screening | code(1) | el:老年人情感状态粗筛结果代码 | vs:posneg_result
depression_score | 老年人抑郁评分 | Geriatric depression score | integer
is_abnormal | 健康评价异常标志 | Abnormal findings | boolean
abnormal_description | 健康评价异常描述 | Abnormal findings | string(1000)
health_guidance | 健康指导(多选) | Health guidance (comma-separated codes) | string(50)
risk_factor_advice | 危险因素控制建议 | Risk-factor control advice | string(500)
''')

T('hr_exam_lifestyle', '健康体检-生活方式', 'Health check: lifestyle', '健康档案', 'D', 'exam_no', 'exam_date', '', EXAM_HEAD + '''
exercise_frequency | 锻炼频率 | Exercise frequency | code(1) | vs:exercise_frequency
exercise_minutes | 每次锻炼时间(min) | Minutes per session | integer | el:次运动时长(MIN)
exercise_years | 坚持锻炼时间(年) | Years of regular exercise | integer
exercise_type | 锻炼方式 | Type of exercise | string(100) | el:运动方式说明
diet_habits | 饮食习惯(多选) | Diet (comma-separated codes 1-6) | string(20)
smoking_status | 吸烟状况 | Smoking status | code(1) | vs:smoking_status
daily_cigarettes | 日吸烟量(支) | Cigarettes per day | integer | el:日吸烟量(支)
smoking_start_age | 开始吸烟年龄(岁) | Age started smoking | integer | el:开始吸烟年龄(岁)
quit_smoking_age | 戒烟年龄(岁) | Age quit smoking | integer | el:戒烟年龄(岁)
drinking_frequency | 饮酒频率 | Drinking frequency | code(1) | vs:drinking_frequency
daily_alcohol_liang | 日饮酒量(两) | Alcohol per day (liang, 50 g) | decimal(4,1) | el:日饮酒量(两)
is_abstinent | 戒酒标志 | Has stopped drinking | boolean
abstinent_age | 戒酒年龄(岁) | Age stopped drinking | integer | el:戒酒年龄(岁)
drinking_start_age | 开始饮酒年龄(岁) | Age started drinking | integer | el:开始饮酒年龄(岁)
drunk_in_past_year | 近一年内醉酒标志 | Drunk in the past year | boolean | el:醉酒标志
alcohol_types | 饮酒种类(多选) | Types of alcohol (comma-separated) | string(20)
has_occupational_exposure | 职业暴露史标志 | Occupational hazard exposure | boolean
job_type | 从事职业工种 | Job | string(100) | el:从事职业工种描述
exposure_years | 从业时间(年) | Years in the job | integer | el:从事有害职业时长(年)
hazard_factors | 职业病危害因素 | Hazards (dust, radiation, physical, chemical, other) | string(500)
has_protection | 职业防护措施标志 | Protective measures | boolean
''')

T('hr_exam_organ_function', '健康体检-脏器功能', 'Health check: organ function', '健康档案', 'D', 'exam_no', 'exam_date', '', EXAM_HEAD + '''
lips | 口唇 | Lips | code(1) | el:口唇外观检查结果代码 | vs:lips_appearance
dentition | 齿列 | Dentition | code(1) | el:齿列类别代码 | vs:dentition
dentition_description | 齿列描述 | Dentition details | string(100)
pharynx | 咽部 | Pharynx | code(1) | el:咽部检查结果代码 | vs:pharynx_exam
left_vision | 左眼视力 | Left eye visual acuity | decimal(3,1) | el:裸眼远视力值
right_vision | 右眼视力 | Right eye visual acuity | decimal(3,1) | el:裸眼远视力值
left_corrected_vision | 左眼矫正视力 | Left eye corrected acuity | decimal(3,1) | el:矫正远视力值
right_corrected_vision | 右眼矫正视力 | Right eye corrected acuity | decimal(3,1) | el:矫正远视力值
hearing | 听力 | Hearing | code(1) | el:听力检测结果代码 | vs:hearing_result
motor_function | 运动功能 | Motor function | code(1) | el:运动功能状态代码 | vs:motor_function
''')

T('hr_exam_body', '健康体检-查体', 'Health check: physical examination', '健康档案', 'D', 'exam_no', 'exam_date', '', EXAM_HEAD + '''
is_fundus_abnormal | 眼底检查结果异常标志 | Abnormal fundus | boolean
fundus_description | 眼底检查结果异常描述 | Fundus findings | string(200)
skin | 皮肤 | Skin | code(1) | el:皮肤检查结果代码 | vs:skin_exam
sclera | 巩膜 | Sclera | code(1) | el:巩膜检查结果代码 | vs:sclera_exam
lymph_nodes | 淋巴结 | Lymph nodes | code(1) | el:淋巴结检查结果代码 | vs:lymph_node_exam
is_barrel_chest | 桶状胸标志 | Barrel chest | boolean
has_abnormal_breath_sound | 肺部异常呼吸音标志 | Abnormal breath sounds | boolean
rales | 罗音 | Rales | string(50)
heart_rate
heart_rhythm | 心律 | Heart rhythm | string(20)
has_heart_murmur | 心脏杂音标志 | Heart murmur | boolean
has_abdominal_tenderness | 腹部压痛标志 | Abdominal tenderness | boolean
has_abdominal_mass | 腹部包块标志 | Abdominal mass | boolean
has_hepatomegaly | 肝大标志 | Hepatomegaly | boolean
has_splenomegaly | 脾大标志 | Splenomegaly | boolean
has_shifting_dullness | 移动性浊音标志 | Shifting dullness | boolean
lower_limb_edema | 下肢水肿 | Lower-limb oedema | code(1) | el:下肢水肿检查结果代码 | vs:lower_limb_edema
dorsalis_pedis | 足背动脉搏动 | Dorsalis pedis pulse | code(1) | el:足背动脉搏动代码 | vs:dorsalis_pedis
digital_rectal_exam | 肛门指诊 | Digital rectal examination | string(100) | el:肛门指诊检查结果描述
breast | 乳腺 | Breasts | string(100)
vulva | 外阴 | Vulva | string(100) | el:外阴检查结果描述
vagina | 阴道 | Vagina | string(100) | el:阴道检查结果
cervix | 宫颈 | Cervix | string(100) | el:宫颈检查结果
uterus | 宫体 | Uterus | string(100) | el:子宫检查结果
adnexa | 附件 | Adnexa | string(100) | el:附件检查结果
other_findings | 其他查体结果 | Other findings | string(500)
''')

T('hr_exam_auxiliary', '健康体检-辅助检查', 'Health check: tests', '健康档案', 'D', 'exam_no', 'exam_date', '', EXAM_HEAD + '''
hemoglobin | 血红蛋白(g/L) | Haemoglobin (g/L) | decimal(5,1) | el:血红蛋白值(G/L)
wbc | 白细胞(×10⁹/L) | White cells (×10⁹/L) | decimal(6,2) | el:白细胞计数值(G/L)
platelet | 血小板(×10⁹/L) | Platelets (×10⁹/L) | decimal(6,1) | el:血小板计数值(G/L)
urine_protein | 尿蛋白 | Urine protein | string(10)
urine_glucose | 尿糖 | Urine glucose | string(10)
urine_ketone | 尿酮体 | Urine ketones | string(10)
urine_occult_blood | 尿潜血 | Urine occult blood | string(10)
fasting_glucose
ecg_result | 心电图检查结果 | ECG | string(500)
is_ecg_abnormal | 心电图异常标志 | Abnormal ECG | boolean
urine_microalbumin | 尿微量白蛋白(mg/dL) | Urine microalbumin (mg/dL) | decimal(6,2) | el:尿微量白蛋白(MG/DL)
fecal_occult_blood | 大便潜血 | Faecal occult blood | code(1) | vs:posneg_result
hba1c | 糖化血红蛋白(%) | HbA1c (%) | decimal(4,1) | el:糖化血红蛋白值(%)
hbsag | 乙型肝炎表面抗原 | HBsAg | code(1) | el:乙型肝炎病毒表面抗原检测结果代码 | vs:posneg_result
alt | 血清谷丙转氨酶(U/L) | ALT (U/L) | decimal(6,1) | el:血清谷丙转氨酶值(U/L)
ast | 血清谷草转氨酶(U/L) | AST (U/L) | decimal(6,1) | el:血清谷草转氨酶值(U/L)
albumin | 白蛋白(g/L) | Albumin (g/L) | decimal(5,1) | el:白蛋白浓度(G/L)
total_bilirubin | 总胆红素(μmol/L) | Total bilirubin (μmol/L) | decimal(6,1) | el:总胆红素值(UMOL/L)
conjugated_bilirubin | 结合胆红素(μmol/L) | Conjugated bilirubin (μmol/L) | decimal(6,1) | el:结合胆红素值(UMOL/L)
serum_creatinine | 血清肌酐(μmol/L) | Serum creatinine (μmol/L) | decimal(6,1) | el:血清肌酐检测值(UMOL/L)
blood_urea | 血尿素(mmol/L) | Blood urea (mmol/L) | decimal(5,2) | el:血尿素氮检测值(MMOL/L)
potassium | 血钾浓度(mmol/L) | Potassium (mmol/L) | decimal(4,2) | el:血钾浓度(MMOL/L)
sodium | 血钠浓度(mmol/L) | Sodium (mmol/L) | decimal(5,1) | el:血钠浓度(MMOL/L)
total_cholesterol | 总胆固醇(mmol/L) | Total cholesterol (mmol/L) | decimal(5,2) | el:总胆固醇值(MMOL/L)
triglyceride | 甘油三酯(mmol/L) | Triglycerides (mmol/L) | decimal(5,2) | el:甘油三酯值(MMOL/L)
ldl_c | 血清低密度脂蛋白胆固醇(mmol/L) | LDL cholesterol (mmol/L) | decimal(5,2) | el:血清低密度脂蛋白胆固醇检测值(MMOL/L)
hdl_c | 血清高密度脂蛋白胆固醇(mmol/L) | HDL cholesterol (mmol/L) | decimal(5,2) | el:血清高密度脂蛋白胆固醇检测值(MMOL/L)
chest_xray | 胸部X线片 | Chest X-ray | string(500) | el:胸部X线检查结果
abdominal_ultrasound | 腹部B超 | Abdominal ultrasound | string(500) | el:腹部B超检查结果
cervical_smear | 宫颈涂片 | Cervical smear | string(200) | el:宫颈涂片异常描述
other_tests | 其他辅助检查 | Other tests | string(500)
''')

T('hr_exam_health_problem', '健康体检-现存主要健康问题', 'Health check: current health problems', '健康档案', 'D', 'exam_no problem_system problem_seq', 'exam_date', '', EXAM_HEAD + '''
problem_system! | 疾病系统 | Problem group | code(1) | vs:health_problem_system
problem_seq! | 序号 | Sequence number | integer
problem_name! | 健康问题名称 | Problem | string(100)
diagnosis_code
''')

T('hr_exam_hospitalization', '健康体检-住院治疗情况', 'Health check: hospital stays and home beds', '健康档案', 'D', 'exam_no stay_kind item_seq', 'exam_date', '', EXAM_HEAD + '''
stay_kind! | 类型 | Kind | code(1) | vs:stay_kind
item_seq! | 序号 | Sequence number | integer
start_date | 入院/建床日期 | Admitted / bed set up on | date
end_date | 出院/撤床日期 | Discharged / bed closed on | date
reason | 原因 | Reason | string(200)
institution_name | 医疗机构及科室名称 | Institution and department | string(100)
medical_record_no
''')

T('hr_exam_medication', '健康体检-主要用药情况', 'Health check: current medication', '健康档案', 'D', 'exam_no item_seq', 'exam_date', '', EXAM_HEAD + '''
item_seq! | 序号 | Sequence number | integer
drug_name! | 药物名称 | Drug | string(200)
usage | 用法 | How taken | string(50) | el:药物用法
dose | 用量 | Dose | string(50)
duration | 用药时间 | Duration | string(50)
compliance | 服药依从性 | Adherence | code(1) | vs:medication_compliance
''')

T('hr_exam_vaccination', '健康体检-非免疫规划预防接种史', 'Health check: non-programme vaccinations', '健康档案', 'D', 'exam_no item_seq', 'exam_date', '', EXAM_HEAD + '''
item_seq! | 序号 | Sequence number | integer
vaccine_name! | 疫苗名称 | Vaccine | string(100)
vaccination_date | 接种日期 | Vaccinated on | date | el:疫苗接种日期
vaccination_institution | 接种机构 | Vaccinating institution | string(100)
''')

T('hr_encounter', '接诊记录', 'Encounter record (health record)', '健康档案', 'D', 'encounter_no', 'encounter_time', '', HR_HEAD + '''
encounter_no! | 接诊记录编号 | Encounter number | string(32)
sex
encounter_time! | 接诊日期时间 | Seen at | datetime
subjective | 就诊者的主观资料 | Subjective | string(2000)
objective | 就诊者的客观资料 | Objective | string(2000)
assessment | 评估 | Assessment | string(1000) | el:健康问题评估
plan | 处置计划 | Plan | string(1000)
doctor_id
doctor_name
''')

T('hr_consultation', '会诊记录(健康档案)', 'Consultation record (health record)', '健康档案', 'D', 'consultation_no', 'consultation_date', '', HR_HEAD + '''
consultation_no! | 会诊记录编号 | Consultation number | string(32)
consultation_date! | 会诊日期 | Consulted on | date | el:会诊日期
consultation_reason | 会诊原因 | Reason | string(500)
consultation_opinion | 会诊意见 | Opinion | string(2000)
consultants | 会诊医生及其所在医疗卫生机构 | Consultants and their institutions | string(500) | p:name
responsible_doctor_name | 责任医生姓名 | Responsible doctor | string(50) | el:姓名 | p:name
''')

T('hr_record_change', '健康档案变动记录', 'Health record change', '健康档案', 'D', 'change_no', 'change_date', '', HR_HEAD + '''
change_no! | 变动记录编号 | Change number | string(32)
change_type! | 变动类型 | Change type | code(1) | vs:hr_change_type
change_date! | 变动日期 | Changed on | date
reason | 变动原因 | Reason | string(200)
from_institution_name | 原管理机构名称 | Previous managing institution | string(100)
to_institution_code | 接收机构代码 | Receiving institution code | string(22)
to_institution_name | 接收机构名称 | Receiving institution | string(100)
merged_record_no | 合并入档案编号 | Record merged into | string(20) | el:健康档案编号
operator_name | 操作人姓名 | Changed by | string(50) | el:姓名 | p:name
''')

T('hr_population_tag', '重点人群标签', 'Priority population membership', '健康档案', 'D', 'record_no population_tag', 'tag_date', '', HR_HEAD + '''
population_tag! | 重点人群类别 | Priority population | code(2) | vs:population_tag
tag_date! | 纳入日期 | Included on | date
end_date | 移出日期 | Removed on | date
source | 认定来源 | Source of the classification | string(100)
is_active! | 有效标志 | Active | boolean
''')

# ---- 健康教育 ---------------------------------------------------------------------------------------
T('he_activity', '健康教育活动记录', 'Health education activity', '健康教育', 'D', 'activity_no', 'activity_date', '', '''
activity_no! | 活动编号 | Activity number | string(32)
activity_date! | 活动日期 | Date | date
activity_type! | 活动形式 | Activity type | code(1) | vs:he_activity_type
location | 活动地点 | Place | string(200)
theme! | 活动主题 | Theme | string(200)
organizer | 组织者 | Organiser | string(100)
target_population | 接受健康教育人员类别 | Audience | string(100)
participant_count | 接受健康教育人数 | Participants | integer
materials | 健康教育资料发放种类 | Materials handed out | string(200)
materials_count | 资料发放数量 | Number of materials | integer
content | 活动内容 | Content | string(2000) | el:宣教内容
evaluation | 活动总结评价 | Evaluation | string(1000)
person_in_charge | 负责人姓名 | Person in charge | string(50) | el:姓名 | p:name
''')

T('he_material_distribution', '健康教育资料发放记录', 'Health education material distribution', '健康教育', 'D', 'distribution_no', 'distribution_date', '', '''
distribution_no! | 发放记录编号 | Distribution number | string(32)
distribution_date! | 发放日期 | Date | date
material_kind | 资料类型(印刷/音像) | Kind (printed or audio-visual) | string(20)
material_title! | 资料名称 | Title | string(200)
quantity! | 发放数量 | Quantity | integer
target_population | 发放对象 | Audience | string(100)
distribution_site | 发放地点 | Place | string(200)
staff_name | 发放人姓名 | Distributed by | string(50) | el:姓名 | p:name
''')

# ---- 预防接种 ---------------------------------------------------------------------------------------
T('dict_vaccine', '疫苗字典', 'Vaccine dictionary', '预防接种', 'D', 'vaccine_code', 'valid_from', '', '''
vaccine_code! | 疫苗编码 | Vaccine code (provincial immunisation system) | string(10)
vaccine_name! | 疫苗名称 | Vaccine | string(100)
is_nip | 免疫规划疫苗标志 | National Immunisation Programme vaccine | boolean
target_disease | 预防疾病 | Disease prevented | string(100)
manufacturer! | 疫苗生产厂家名称 | Manufacturer | string(100)
specification | 规格 | Presentation | string(50)
dose_per_unit | 每剂次剂量 | Dose per administration | string(20)
approval_no | 批准文号 | Approval number | string(50)
valid_from! | 启用日期 | Valid from | date
is_active! | 有效标志 | Active | boolean
''')

T('imm_vaccination_card', '预防接种卡', 'Vaccination card', '预防接种', 'D', 'vaccination_card_no', 'create_date', '', '''
vaccination_card_no! | 预防接种卡编号 | Vaccination card number | string(20)
record_no
child_name! | 儿童姓名 | Child's name | string(50) | el:姓名 | p:name
sex!
birth_date!
id_no
birth_weight_g | 出生体重(g) | Birth weight (g) | integer | el:出生体重(G)
guardian_name! | 监护人姓名 | Guardian | string(50) | el:姓名 | p:name
guardian_relation | 监护人与本人关系代码 | Guardian's relationship to child | code(1) | el:监护人与本人关系代码 | vs:relationship
guardian_phone | 监护人电话 | Guardian's phone | string(20) | el:电话号码 | p:phone
residence_type | 常住类型 | Residence type | code(1) | vs:residence_type
address_division!
address!
is_migrant | 流动儿童标志 | Migrant child | boolean
contraindications | 接种禁忌 | Contraindications | string(500)
aefi_history | 疫苗异常反应史 | Previous adverse events following immunisation | string(500)
infectious_history | 传染病史 | Infectious diseases | string(500)
create_date! | 建卡日期 | Card created on | date
is_active! | 有效标志 | Active | boolean
''')

T('imm_vaccination_record', '预防接种记录', 'Vaccination record', '预防接种', 'D', 'vaccination_id', 'vaccination_time', '', '''
vaccination_id! | 接种记录编号 | Vaccination record id | string(40)
vaccination_card_no | 预防接种卡编号 | Vaccination card number | string(20)
record_no
person_name! | 受种者姓名 | Vaccinee | string(50) | el:姓名 | p:name
id_type
id_no
sex!
birth_date!
vaccine_code! | 疫苗编码 | Vaccine code | string(10)
vaccine_name! | 疫苗名称 | Vaccine | string(100)
is_nip | 免疫规划疫苗标志 | National Immunisation Programme vaccine | boolean
dose_no! | 接种剂次 | Dose number | integer
vaccination_time! | 接种日期时间 | Vaccinated at | datetime
vaccination_site | 接种部位 | Site | string(20)
vaccination_route | 接种途径 | Route | string(20)
dose_amount | 接种剂量 | Dose | decimal(6,2)
dose_unit | 剂量单位 | Dose unit | string(10)
batch_no! | 疫苗批号 | Lot number | string(30)
manufacturer | 疫苗生产厂家名称 | Manufacturer | string(100)
expiry_date | 疫苗有效期 | Expiry date | date
trace_code | 疫苗追溯码 | Traceability code | string(30)
is_catch_up | 补种标志 | Catch-up dose | boolean
vaccinator_id | 接种人员工号 | Vaccinator id | string(20)
vaccinator_name | 接种人员姓名 | Vaccinator | string(50) | el:姓名 | p:name
''', rt=(5, 'PT24H'))

T('imm_aefi_report', '疑似预防接种异常反应报告', 'Adverse event following immunisation', '预防接种', 'D', 'aefi_no', 'onset_date', '', '''
aefi_no! | AEFI报告编号 | AEFI report number | string(40)
vaccination_id | 接种记录编号 | Vaccination record id | string(40)
person_name! | 受种者姓名 | Vaccinee | string(50) | el:姓名 | p:name
id_no
sex!
birth_date!
guardian_name | 监护人姓名 | Guardian | string(50) | el:姓名 | p:name
phone
address
vaccine_name! | 可疑疫苗名称 | Suspected vaccine | string(100)
batch_no | 疫苗批号 | Lot number | string(30)
manufacturer | 疫苗生产厂家名称 | Manufacturer | string(100)
dose_no | 接种剂次 | Dose number | integer | el:接种剂次
vaccination_time | 接种日期时间 | Vaccinated at | datetime
onset_date! | 反应发生日期 | Onset date | date | el:预防接种后不良反应发生日期
symptoms | 主要临床症状 | Main clinical features | string(1000)
clinical_diagnosis | 临床诊断 | Clinical diagnosis | string(200)
is_serious | 严重AEFI标志 | Serious AEFI | boolean
is_cluster | 群体性AEFI标志 | Cluster | boolean
classification | 反应分类 | Classification | code(1) | vs:aefi_classification
handling_result | 预防接种后不良反应处理结果 | Management and outcome | string(500)
reporter_name | 报告人姓名 | Reporter | string(50) | el:姓名 | p:name
report_date! | 报告日期 | Reported on | date
''')

T('imm_vaccine_inventory', '疫苗出入库记录', 'Vaccine stock movement', '预防接种', 'D', 'transaction_no', 'transaction_time', '', '''
transaction_no! | 出入库单号 | Transaction number | string(40)
transaction_type! | 出入库类型 | Transaction type | code(1) | vs:vaccine_stock_txn
transaction_time! | 出入库日期时间 | Transaction time | datetime
vaccine_code! | 疫苗编码 | Vaccine code | string(10)
vaccine_name! | 疫苗名称 | Vaccine | string(100)
specification | 规格 | Presentation | string(50)
manufacturer! | 疫苗生产厂家名称 | Manufacturer | string(100)
batch_no! | 疫苗批号 | Lot number | string(30)
expiry_date | 有效期 | Expiry date | date
quantity! | 数量(支/剂) | Quantity (doses) | integer
counterparty | 来源/去向单位 | Supplier or receiving unit | string(100)
operator_name | 经办人姓名 | Handled by | string(50) | el:姓名 | p:name
''')

T('imm_rabies_exposure', '狂犬病暴露处置记录', 'Rabies exposure management', '预防接种', 'D', 'exposure_no', 'exposure_time', '', '''
exposure_no! | 暴露处置编号 | Exposure record number | string(32)
person_name!
id_no
sex!
birth_date
phone
address
exposure_time! | 暴露日期时间 | Exposed at | datetime
animal_type | 致伤动物 | Animal | string(50)
exposure_mode | 暴露方式 | Mode (bite, scratch, lick) | string(50)
exposure_site | 暴露部位 | Site | string(100)
exposure_grade! | 暴露分级 | Exposure category | code(1) | vs:rabies_exposure_grade
wound_treatment | 伤口处置 | Wound care | string(500)
rig_given | 被动免疫制剂使用标志 | Rabies immune globulin / antibody given | boolean
rig_product | 被动免疫制剂名称 | Passive immunisation product | string(100)
vaccine_schedule | 狂犬病疫苗免疫程序 | Vaccine schedule (5-dose or 2-1-1) | string(20)
first_dose_time | 首针接种日期时间 | First dose at | datetime
doctor_name
''')

# ---- 儿童健康管理 -----------------------------------------------------------------------------------
CHILD_HEAD = '''
child_health_no | 儿童保健编号 | Child health number | string(30)
record_no
child_name! | 儿童姓名 | Child's name | string(50) | el:姓名 | p:name
sex!
birth_date!
'''

T('ch_registration', '儿童保健登记', 'Child health registration', '妇幼保健', 'D', 'child_health_no', 'register_date', '', '''
child_health_no! | 儿童保健编号 | Child health number | string(30)
record_no
child_name! | 儿童姓名 | Child's name | string(50) | el:姓名 | p:name
sex!
birth_date!
id_no
birth_certificate_no | 出生医学证明编号 | Birth certificate number | string(20) | el:医学证明编号
gestational_weeks | 出生孕周(周) | Gestational age at birth (weeks) | decimal(4,1)
birth_weight_g | 出生体重(g) | Birth weight (g) | integer | el:出生体重(G)
birth_length_cm | 出生身长(cm) | Birth length (cm) | decimal(4,1) | el:出生身长(CM)
birth_institution | 出生医疗机构 | Place of birth | string(100)
is_high_risk | 高危儿标志 | High-risk infant | boolean
mother_name | 母亲姓名 | Mother's name | string(50) | el:姓名 | p:name
mother_id_no | 母亲身份证件号码 | Mother's ID number | string(18) | p:national_id
father_name | 父亲姓名 | Father's name | string(50) | el:姓名 | p:name
phone
address_division!
address!
register_date! | 建册日期 | Registered on | date
responsible_doctor_name | 责任医生姓名 | Responsible doctor | string(50) | el:姓名 | p:name
''')

T('ch_newborn_visit', '新生儿家庭访视记录', 'Newborn home visit', '妇幼保健', 'D', 'visit_record_no', 'visit_date', '', CHILD_HEAD + '''
visit_record_no! | 访视记录编号 | Visit record number | string(32)
visit_date! | 访视日期 | Visit date | date | el:访视日期
mother_name | 母亲姓名 | Mother's name | string(50) | el:姓名 | p:name
gestational_weeks | 出生孕周(周) | Gestational age at birth (weeks) | decimal(4,1)
mother_pregnancy_illness | 母亲妊娠期患病情况 | Mother's illness in pregnancy | string(200)
delivery_method | 分娩方式 | Mode of delivery | code(1) | vs:delivery_method
had_asphyxia | 新生儿窒息标志 | Birth asphyxia | boolean
has_deformity | 畸形标志 | Malformation | boolean
hearing_screening | 新生儿听力筛查 | Hearing screening | code(1) | vs:screening_result
birth_weight_g | 出生体重(g) | Birth weight (g) | integer | el:出生体重(G)
current_weight_kg | 目前体重(kg) | Current weight (kg) | decimal(4,2) | el:体重(Kg)
birth_length_cm | 出生身长(cm) | Birth length (cm) | decimal(4,1) | el:出生身长(CM)
feeding_method | 喂养方式 | Feeding | code(1) | vs:feeding_method
feeds_per_day | 每天吃奶次数 | Feeds per day | integer
milk_ml_per_feed | 吃奶量(mL/次) | Milk per feed (mL) | integer
is_vomiting | 呕吐标志 | Vomiting | boolean
stool | 大便性状 | Stools | string(50)
temperature
pulse_rate
respiratory_rate
complexion | 面色 | Complexion | string(20)
jaundice_site | 黄疸部位 | Jaundice site | string(50)
umbilical_cord | 脐带 | Umbilical cord | string(50)
abnormal_findings | 查体异常情况 | Abnormal examination findings | string(500)
referral_flag
referral_reason
guidance | 指导 | Guidance given | string(200)
next_visit_date | 下次随访日期 | Next visit | date | el:预约日期
doctor_name
''')

CHILD_CHECK_COMMON = '''
check_no! | 体检记录编号 | Check record number | string(32)
check_date! | 随访日期 | Check date | date | el:检查(测)日期
age_months! | 月龄 | Age (months) | integer | el:儿童体检年龄(月)
weight_kg
weight_level | 体重评价 | Weight for age | code(1) | vs:growth_level
length_cm | 身长/身高(cm) | Length / height (cm) | decimal(5,1) | el:身长(CM)
length_level | 身长/身高评价 | Length / height for age | code(1) | vs:growth_level
'''
CHILD_CHECK_TAIL = '''
hemoglobin | 血红蛋白(g/L) | Haemoglobin (g/L) | decimal(5,1) | el:血红蛋白值(G/L)
outdoor_hours | 户外活动(小时/日) | Outdoor activity (hours/day) | decimal(3,1) | el:户外活动时长(H)
development_passed | 发育评估通过标志 | Development check passed | boolean | el:儿童发育评估通过标志
illness_between_visits | 两次随访间患病情况 | Illness since last check | string(200)
referral_flag
referral_reason
guidance | 指导 | Guidance given | string(200)
next_check_date | 下次随访日期 | Next check | date | el:预约日期
doctor_name
'''

T('ch_health_check_infant', '1岁以内儿童健康检查记录', 'Child health check under 1 year', '妇幼保健', 'D', 'check_no', 'check_date', '', CHILD_HEAD + CHILD_CHECK_COMMON + '''
head_circumference_cm | 头围(cm) | Head circumference (cm) | decimal(4,1) | el:头围(CM)
complexion | 面色 | Complexion | string(20)
skin_condition | 皮肤 | Skin | string(50)
anterior_fontanelle_cm | 前囟(cm×cm) | Anterior fontanelle (cm×cm) | string(20)
neck_mass | 颈部包块标志 | Neck mass | boolean
eyes | 眼外观 | Eyes | string(50) | el:眼外观检查结果描述
ears | 耳外观 | Ears | string(50)
hearing_screening | 听力 | Hearing screening | code(1) | vs:screening_result
teeth_count | 出牙数(颗) | Teeth erupted | integer | el:出牙数(颗)
heart_lungs | 心肺 | Heart and lungs | string(50)
abdomen | 腹部 | Abdomen | string(50)
umbilical | 脐部 | Umbilicus | string(50)
limbs | 四肢 | Limbs | string(50)
rickets_symptoms | 可疑佝偻病症状 | Suspected rickets symptoms | string(50)
rickets_signs | 可疑佝偻病体征 | Suspected rickets signs | string(50)
genitalia_anus | 肛门/外生殖器 | Anus and genitalia | string(50)
takes_vitamin_d | 维生素D/钙剂添加标志 | Vitamin D supplementation | boolean
''' + CHILD_CHECK_TAIL)

T('ch_health_check_toddler', '1~2岁儿童健康检查记录', 'Child health check 1-2 years', '妇幼保健', 'D', 'check_no', 'check_date', '', CHILD_HEAD + CHILD_CHECK_COMMON + '''
head_circumference_cm | 头围(cm) | Head circumference (cm) | decimal(4,1) | el:头围(CM)
complexion | 面色 | Complexion | string(20)
skin_condition | 皮肤 | Skin | string(50)
anterior_fontanelle_closed | 前囟闭合标志 | Anterior fontanelle closed | boolean
eyes | 眼外观 | Eyes | string(50) | el:眼外观检查结果描述
hearing_screening | 听力 | Hearing screening | code(1) | vs:screening_result
teeth_count | 出牙数(颗) | Teeth erupted | integer | el:出牙数(颗)
caries_count | 龋齿数(颗) | Carious teeth | integer | el:龋齿数(颗)
heart_lungs | 心肺 | Heart and lungs | string(50)
abdomen | 腹部 | Abdomen | string(50)
limbs | 四肢 | Limbs | string(50)
gait | 步态 | Gait | string(50)
rickets_signs | 可疑佝偻病体征 | Suspected rickets signs | string(50)
takes_vitamin_d | 维生素D/钙剂添加标志 | Vitamin D supplementation | boolean
''' + CHILD_CHECK_TAIL)

T('ch_health_check_preschool', '3~6岁儿童健康检查记录', 'Child health check 3-6 years', '妇幼保健', 'D', 'check_no', 'check_date', '', CHILD_HEAD + CHILD_CHECK_COMMON + '''
weight_for_height_level | 体重/身高评价 | Weight for height | code(1) | vs:growth_level
bmi
left_vision | 左眼视力 | Left eye visual acuity | decimal(3,1) | el:裸眼远视力值
right_vision | 右眼视力 | Right eye visual acuity | decimal(3,1) | el:裸眼远视力值
hearing_screening | 听力 | Hearing screening | code(1) | vs:screening_result
teeth_count | 牙数(颗) | Teeth | integer | el:出牙数(颗)
caries_count | 龋齿数(颗) | Carious teeth | integer | el:龋齿数(颗)
heart_lungs | 心肺 | Heart and lungs | string(50)
abdomen | 腹部 | Abdomen | string(50)
other_findings | 其他查体结果 | Other findings | string(200)
''' + CHILD_CHECK_TAIL)

T('ch_weak_child', '体弱儿童专案管理', 'High-risk child case management', '妇幼保健', 'D', 'case_no', 'enroll_date', '', CHILD_HEAD + '''
case_no! | 专案编号 | Case number | string(32)
enroll_date! | 建案日期 | Enrolled on | date
weak_child_reason! | 体弱儿原因 | Reason | code(1) | vs:weak_child_reason
diagnosis_code
diagnosis_name
management_plan | 管理方案 | Management plan | string(1000)
close_date | 结案日期 | Closed on | date
outcome | 转归 | Outcome | code(1) | el:体弱儿童转归代码 | vs:case_closure_outcome
doctor_name
''')

T('ch_nutrition_disease', '儿童营养性疾病管理', 'Child nutritional disease management', '妇幼保健', 'D', 'case_no', 'enroll_date', '', CHILD_HEAD + '''
case_no! | 专案编号 | Case number | string(32)
enroll_date! | 建案日期 | Enrolled on | date
disease_type! | 营养性疾病类型 | Condition | code(1) | vs:child_nutrition_disease
severity | 严重程度 | Severity | string(20)
hemoglobin | 血红蛋白(g/L) | Haemoglobin (g/L) | decimal(5,1) | el:血红蛋白值(G/L)
weight_kg
length_cm | 身长/身高(cm) | Length / height (cm) | decimal(5,1) | el:身长(CM)
intervention | 干预措施 | Intervention | string(1000)
close_date | 结案日期 | Closed on | date
outcome | 转归 | Outcome | code(1) | vs:case_closure_outcome
doctor_name
''')

T('ch_newborn_screening', '新生儿遗传代谢病筛查', 'Newborn metabolic screening', '妇幼保健', 'D', 'screening_no', 'sample_time', '', '''
screening_no! | 筛查编号(采血卡号) | Screening (blood spot card) number | string(32)
child_name | 新生儿姓名 | Newborn | string(50) | el:姓名 | p:name
mother_name! | 母亲姓名 | Mother's name | string(50) | el:姓名 | p:name
mother_id_no | 母亲身份证件号码 | Mother's ID number | string(18) | p:national_id
sex!
birth_date!
birth_weight_g | 出生体重(g) | Birth weight (g) | integer | el:出生体重(G)
gestational_weeks | 出生孕周(周) | Gestational age (weeks) | decimal(4,1)
sample_time! | 采血日期时间 | Blood spot collected at | datetime | el:采血日期时间
screening_items | 新生儿疾病筛查项目 | Conditions screened | string(200)
pku_result | 苯丙酮尿症筛查结果 | Phenylketonuria | code(1) | el:新生儿苯丙酮尿症筛查代码 | vs:screening_result
ch_result | 先天性甲状腺功能减低症筛查结果 | Congenital hypothyroidism | code(1) | el:新生儿甲低筛查代码 | vs:screening_result
other_results | 其他遗传代谢病筛查结果 | Other conditions | string(500) | el:新生儿其他遗传代谢病筛查
notify_date | 筛查结果通知日期 | Result notified on | date
is_recalled | 召回复查标志 | Recalled | boolean
confirmed_diagnosis | 确诊结果 | Confirmed diagnosis | string(200)
''')

T('ch_hearing_screening', '新生儿听力筛查', 'Newborn hearing screening', '妇幼保健', 'D', 'screening_no screening_round', 'screening_date', '', '''
screening_no! | 筛查编号 | Screening number | string(32)
screening_round! | 筛查轮次(1初筛,2复筛) | Round (1 initial, 2 rescreen) | integer
child_name | 新生儿姓名 | Newborn | string(50) | el:姓名 | p:name
mother_name! | 母亲姓名 | Mother's name | string(50) | el:姓名 | p:name
sex!
birth_date!
screening_date! | 筛查日期 | Screened on | date
method | 筛查方法(OAE/AABR) | Method (OAE / AABR) | string(20)
left_result! | 左耳结果 | Left ear | code(1) | vs:screening_result
right_result! | 右耳结果 | Right ear | code(1) | vs:screening_result
is_referred_for_diagnosis | 转诊诊断标志 | Referred for diagnostic audiology | boolean
diagnosis_result | 诊断结果 | Diagnosis | string(200)
screener_name | 筛查人员姓名 | Screener | string(50) | el:姓名 | p:name
''')

T('ch_development_screening', '儿童心理行为发育筛查', 'Child development screening', '妇幼保健', 'D', 'screening_no', 'screening_date', '', CHILD_HEAD + '''
screening_no! | 筛查编号 | Screening number | string(32)
screening_date! | 筛查日期 | Screened on | date
age_months! | 月龄 | Age (months) | integer | el:儿童体检年龄(月)
tool | 筛查工具 | Tool (预警征, ASQ, DDST...) | string(50)
warning_signs | 阳性预警征 | Positive warning signs | string(500)
result! | 筛查结果 | Result | code(1) | vs:screening_result
referral_flag
referral_institution
doctor_name
''')

T('ch_eye_screening', '儿童眼保健和视力检查', 'Child eye and vision check', '妇幼保健', 'D', 'screening_no', 'screening_date', '', CHILD_HEAD + '''
screening_no! | 检查编号 | Check number | string(32)
screening_date! | 检查日期 | Checked on | date
age_months | 月龄 | Age (months) | integer | el:儿童体检年龄(月)
eye_appearance | 眼外观 | Eye appearance | string(100) | el:眼外观检查结果描述
red_reflex | 红光反射 | Red reflex | string(50)
eye_position | 眼位 | Eye alignment | string(50)
left_vision | 左眼视力 | Left eye visual acuity | decimal(3,1) | el:裸眼远视力值
right_vision | 右眼视力 | Right eye visual acuity | decimal(3,1) | el:裸眼远视力值
refraction | 屈光筛查 | Refraction screening | string(100)
result! | 检查结果 | Result | code(1) | vs:screening_result
referral_flag
doctor_name
''')

T('ch_tcm_guidance', '儿童中医药健康管理服务记录', 'Child TCM health guidance', '妇幼保健', 'D', 'guidance_no', 'guidance_date', '', CHILD_HEAD + '''
guidance_no! | 服务记录编号 | Service record number | string(32)
guidance_date! | 服务日期 | Date | date
age_months! | 月龄(6/12/18/24/30/36) | Age (months) | integer
guidance_items | 中医药健康管理服务(多选) | TCM guidance given (diet, daily routine, abdominal massage and spine pinching, acupoint massage) | string(50)
other_guidance | 其他指导 | Other guidance | string(200)
doctor_name
''')

T('ch_death_report', '5岁以下儿童死亡报告', 'Under-five death report', '妇幼保健', 'D', 'report_no', 'death_time', '', CHILD_HEAD + '''
report_no! | 报告卡编号 | Report number | string(32)
death_time! | 死亡日期时间 | Time of death | datetime | el:死亡日期时间
birth_weight_g | 出生体重(g) | Birth weight (g) | integer | el:出生体重(G)
gestational_weeks | 出生孕周(周) | Gestational age (weeks) | decimal(4,1)
death_place | 死亡地点 | Place of death | code(1) | vs:death_place
death_cause_code | 根本死因编码 | Underlying cause of death (ICD-10) | code(20) | el:根本死因代码 | vs:icd10
death_cause_name | 根本死因名称 | Underlying cause | string(200)
death_cause_category | 5岁以下儿童死因分类 | Cause category | string(20)
highest_diagnosis_unit | 最高诊断单位 | Highest-level diagnosing unit | code(1) | vs:highest_diagnosis_unit
highest_diagnosis_basis | 最高诊断依据 | Highest diagnostic basis | code(1) | vs:highest_diagnosis_basis
treatment_before_death | 死前治疗 | Treatment before death | string(50)
untreated_reason | 未治疗或未就医原因 | Reason not treated | string(100)
address_division
address
mother_name | 母亲姓名 | Mother's name | string(50) | el:姓名 | p:name
reporter_name | 报告人姓名 | Reporter | string(50) | el:姓名 | p:name
report_date! | 报告日期 | Reported on | date
''')

# ---- 孕产妇健康管理 ---------------------------------------------------------------------------------
MAT_HEAD = '''
maternal_no! | 孕产妇保健手册编号 | Maternal health booklet number | string(30)
record_no
person_name!
id_no
'''

T('mat_registration', '孕产妇保健手册建册', 'Maternal health registration', '妇幼保健', 'D', 'maternal_no', 'register_date', '', MAT_HEAD + '''
birth_date!
age_years
phone
husband_name | 丈夫姓名 | Husband's name | string(50) | el:姓名 | p:name
husband_phone | 丈夫电话 | Husband's phone | string(20) | el:电话号码 | p:phone
residence_type | 常住类型 | Residence type | code(1) | vs:residence_type
address_division!
address!
last_menstrual_date! | 末次月经日期 | Last menstrual period | date
expected_delivery_date | 预产期 | Expected date of delivery | date
gravidity | 孕次 | Gravidity | integer | el:孕次(次)
parity | 产次 | Parity | integer
register_gestational_weeks | 建册孕周(周) | Gestational age at registration (weeks) | integer
register_date! | 建册日期 | Registered on | date | el:建档日期
responsible_doctor_name | 责任医生姓名 | Responsible doctor | string(50) | el:姓名 | p:name
is_closed | 结案标志 | Closed | boolean
close_date | 结案日期 | Closed on | date
close_reason | 结案原因 | Reason for closure | string(100)
''')

T('mat_first_prenatal', '第1次产前检查服务记录', 'First antenatal visit', '妇幼保健', 'D', 'check_no', 'check_date', '', MAT_HEAD + '''
check_no! | 检查记录编号 | Check record number | string(32)
check_date! | 填表日期 | Check date | date | el:检查(测)日期
gestational_weeks! | 孕周(周) | Gestational age (weeks) | integer
age_years
husband_name | 丈夫姓名 | Husband's name | string(50) | el:姓名 | p:name
gravidity | 孕次 | Gravidity | integer | el:孕次(次)
vaginal_births | 阴道分娩次数 | Vaginal births | integer
cesarean_count | 剖宫产次数(次) | Caesarean sections | integer | el:剖宫产次数(次)
last_menstrual_date | 末次月经日期 | Last menstrual period | date
expected_delivery_date | 预产期 | Expected date of delivery | date
past_history
family_history
personal_history
gynecological_surgery | 妇科手术史 | Gynaecological surgery | string(200)
abortion_count | 流产总次数(次) | Miscarriages and abortions | integer
stillbirth_count | 死胎、死产次数 | Stillbirths | integer
height_cm
weight_kg
bmi
systolic_bp
diastolic_bp
heart | 心脏听诊 | Heart | string(100) | el:心脏听诊结果
lungs | 肺部听诊 | Lungs | string(100) | el:肺部听诊结果
vulva | 外阴 | Vulva | string(100) | el:外阴检查结果描述
vagina | 阴道 | Vagina | string(100) | el:阴道检查结果
cervix | 宫颈 | Cervix | string(100) | el:宫颈检查结果
uterus | 子宫 | Uterus | string(100) | el:子宫检查结果
adnexa | 附件 | Adnexa | string(100) | el:附件检查结果
hemoglobin | 血红蛋白(g/L) | Haemoglobin (g/L) | decimal(5,1) | el:血红蛋白值(G/L)
urine_protein | 尿蛋白 | Urine protein | string(10)
abo_blood_type
rh_blood_type
fasting_glucose
alt | 血清谷丙转氨酶(U/L) | ALT (U/L) | decimal(6,1) | el:血清谷丙转氨酶值(U/L)
serum_creatinine | 血清肌酐(μmol/L) | Serum creatinine (μmol/L) | decimal(6,1) | el:血清肌酐检测值(UMOL/L)
hbsag | 乙型肝炎表面抗原 | HBsAg | code(1) | el:乙型肝炎病毒表面抗原检测结果代码 | vs:posneg_result
syphilis | 梅毒血清学试验 | Syphilis serology | code(1) | el:梅毒血清学试验结果代码 | vs:posneg_result
hiv | HIV抗体检测 | HIV antibody | code(1) | el:HIV抗体检测结果代码 | vs:posneg_result
ultrasound | B超 | Ultrasound | string(500) | el:B超检查结果
is_abnormal | 总体评估异常标志 | Abnormal overall assessment | boolean
abnormal_description | 异常情况描述 | Abnormalities | string(500)
guidance | 保健指导 | Guidance | string(200)
referral_flag
referral_reason
next_visit_date | 下次随访日期 | Next visit | date | el:预约日期
doctor_name
''')

T('mat_prenatal_followup', '第2~5次产前随访服务记录', 'Antenatal follow-up visit', '妇幼保健', 'D', 'check_no', 'check_date', '', MAT_HEAD + '''
check_no! | 检查记录编号 | Check record number | string(32)
visit_seq! | 随访次数(第几次) | Visit number (2-5) | integer
check_date! | 随访日期 | Visit date | date | el:随访日期
gestational_weeks! | 孕周(周) | Gestational age (weeks) | integer
chief_complaint
weight_kg
fundal_height_cm | 宫底高度(cm) | Fundal height (cm) | decimal(4,1) | el:宫底高度(CM)
abdominal_girth_cm | 腹围(cm) | Abdominal girth (cm) | decimal(5,1) | el:腹围(CM)
fetal_position | 胎位 | Fetal presentation | string(20)
fetal_heart_rate | 胎心率(次/min) | Fetal heart rate (/min) | integer | el:胎心率(次/MIN)
systolic_bp
diastolic_bp
hemoglobin | 血红蛋白(g/L) | Haemoglobin (g/L) | decimal(5,1) | el:血红蛋白值(G/L)
urine_protein | 尿蛋白 | Urine protein | string(10)
other_tests | 其他辅助检查 | Other tests | string(500)
is_abnormal | 分类异常标志 | Abnormal | boolean
abnormal_description | 异常情况描述 | Abnormalities | string(500)
guidance | 保健指导 | Guidance | string(200)
referral_flag
referral_reason
next_visit_date | 下次随访日期 | Next visit | date | el:预约日期
doctor_name
''')

T('mat_risk_assessment', '妊娠风险评估', 'Pregnancy risk assessment', '妇幼保健', 'D', 'assessment_no', 'assessment_date', '', MAT_HEAD + '''
assessment_no! | 评估记录编号 | Assessment number | string(32)
assessment_date! | 评估日期 | Assessed on | date
gestational_weeks | 孕周(周) | Gestational age (weeks) | integer
risk_color! | 妊娠风险分级 | Risk level | code(1) | vs:pregnancy_risk_color
risk_factors | 风险因素 | Risk factors | string(1000)
is_case_managed | 专案管理标志 | Under case management | boolean
management_advice | 管理建议 | Management advice | string(1000)
outcome | 高危妊娠转归 | Outcome | code(1) | el:孕妇高危妊娠转归代码 | vs:case_closure_outcome
doctor_name
''')

T('mat_delivery_info', '分娩信息', 'Delivery information', '妇幼保健', 'D', 'maternal_no', 'delivery_time', '', MAT_HEAD + '''
delivery_time! | 分娩日期时间 | Delivered at | datetime | el:分娩日期时间
delivery_institution | 分娩医疗机构 | Place of delivery | string(100)
gestational_weeks | 分娩孕周(周) | Gestational age at delivery (weeks) | decimal(4,1)
delivery_method! | 分娩方式 | Mode of delivery | code(1) | vs:delivery_method
blood_loss_ml | 分娩总出血量(mL) | Total blood loss (mL) | integer | el:分娩总出血量(ML)
complications | 产时并发症 | Complications of labour | string(200)
fetus_count | 胎数 | Number of babies | integer
newborn_sex | 新生儿性别代码 | Newborn sex | code(1) | el:性别代码 | vs:gb_t_2261_1_sex
newborn_weight_g | 新生儿出生体重(g) | Birth weight (g) | integer | el:出生体重(G)
apgar_1min | Apgar评分(1分钟) | Apgar score at 1 min | integer | el:APAR评分值(分)
delivery_outcome | 分娩结局 | Outcome | string(50)
discharge_date | 出院日期 | Discharged on | date
notify_date | 通知社区日期 | Community notified on | date
''')

T('mat_postpartum_visit', '产后访视记录', 'Postpartum home visit', '妇幼保健', 'D', 'visit_record_no', 'visit_date', '', MAT_HEAD + '''
visit_record_no! | 访视记录编号 | Visit record number | string(32)
visit_date! | 随访日期 | Visit date | date | el:访视日期
delivery_date | 分娩日期 | Delivered on | date
discharge_date | 出院日期 | Discharged on | date
temperature
general_health | 一般健康情况 | General health | string(200)
mental_state | 一般心理状况 | Mental state | string(200)
systolic_bp
diastolic_bp
breast | 乳房 | Breasts | string(100)
lochia | 恶露 | Lochia | string(100) | el:恶露状况
uterus | 子宫 | Uterus | string(100)
wound | 伤口 | Wound | string(100)
is_abnormal | 分类异常标志 | Abnormal | boolean
abnormal_description | 异常情况描述 | Abnormalities | string(500)
guidance | 指导 | Guidance | string(200)
referral_flag
referral_reason
next_visit_date | 下次随访日期 | Next visit | date | el:预约日期
doctor_name
''')

T('mat_postpartum_42d', '产后42天健康检查记录', 'Postpartum 42-day check', '妇幼保健', 'D', 'check_no', 'check_date', '', MAT_HEAD + '''
check_no! | 检查记录编号 | Check record number | string(32)
check_date! | 随访日期 | Check date | date | el:检查(测)日期
general_health | 一般健康情况 | General health | string(200)
mental_state | 一般心理状况 | Mental state | string(200)
systolic_bp
diastolic_bp
breast | 乳房 | Breasts | string(100)
lochia | 恶露 | Lochia | string(100) | el:恶露状况
uterus | 子宫 | Uterus | string(100)
wound | 伤口 | Wound | string(100)
is_recovered! | 已恢复标志 | Recovered | boolean
guidance | 指导 | Guidance (contraception, breastfeeding, infant care...) | string(200)
handling | 处理(结案/转诊) | Disposition (closed or referred) | string(50)
referral_flag
referral_reason
doctor_name
''')

T('mat_death_report', '孕产妇死亡报告', 'Maternal death report', '妇幼保健', 'D', 'report_no', 'death_time', '', '''
report_no! | 报告卡编号 | Report number | string(32)
maternal_no | 孕产妇保健手册编号 | Maternal health booklet number | string(30)
person_name!
id_no
birth_date
age_years
residence_type | 常住类型 | Residence type | code(1) | vs:residence_type
address_division
address
education
gravidity | 孕次 | Gravidity | integer | el:孕次(次)
parity | 产次 | Parity | integer
prenatal_check_count | 产前检查次数 | Antenatal visits | integer
delivery_time | 分娩日期时间 | Delivered at | datetime | el:分娩日期时间
delivery_method | 分娩方式 | Mode of delivery | code(1) | vs:delivery_method
death_time! | 死亡日期时间 | Time of death | datetime | el:死亡日期时间
death_place | 死亡地点 | Place of death | code(1) | vs:death_place
death_period | 死亡时期(妊娠期/分娩期/产褥期) | Period (pregnancy, delivery, puerperium) | string(20)
death_cause_code | 根本死因编码 | Underlying cause (ICD-10) | code(20) | el:根本死因代码 | vs:icd10
death_cause_name | 根本死因名称 | Underlying cause | string(200)
highest_diagnosis_unit | 最高诊断单位 | Highest-level diagnosing unit | code(1) | vs:highest_diagnosis_unit
case_summary | 孕产妇死亡病历摘要或调查小结 | Case summary or investigation | string(4000)
reporter_name | 报告人姓名 | Reporter | string(50) | el:姓名 | p:name
report_date! | 报告日期 | Reported on | date
''')

T('mat_prepregnancy_exam', '孕前优生健康检查', 'Pre-conception health check', '妇幼保健', 'D', 'exam_no', 'exam_date', '', '''
exam_no! | 检查编号 | Check number | string(32)
record_no
person_name!
id_no!
birth_date
phone
spouse_name | 配偶姓名 | Spouse | string(50) | el:姓名 | p:name
spouse_id_no | 配偶身份证件号码 | Spouse's ID number | string(18) | p:national_id
exam_date! | 检查日期 | Checked on | date | el:检查(测)日期
height_cm
weight_kg
bmi
systolic_bp
diastolic_bp
hemoglobin | 血红蛋白(g/L) | Haemoglobin (g/L) | decimal(5,1) | el:血红蛋白值(G/L)
abo_blood_type
rh_blood_type
fasting_glucose
alt | 血清谷丙转氨酶(U/L) | ALT (U/L) | decimal(6,1) | el:血清谷丙转氨酶值(U/L)
serum_creatinine | 血清肌酐(μmol/L) | Serum creatinine (μmol/L) | decimal(6,1) | el:血清肌酐检测值(UMOL/L)
tsh | 促甲状腺激素(mU/L) | TSH (mU/L) | decimal(6,3) | el:促甲状腺激素检测值(MU/L)
hbsag | 乙型肝炎表面抗原 | HBsAg | code(1) | el:乙型肝炎病毒表面抗原检测结果代码 | vs:posneg_result
syphilis | 梅毒血清学试验 | Syphilis serology | code(1) | el:梅毒血清学试验结果代码 | vs:posneg_result
hiv | HIV抗体检测 | HIV antibody | code(1) | el:HIV抗体检测结果代码 | vs:posneg_result
rubella_igg | 风疹病毒IgG抗体 | Rubella IgG | code(1) | vs:posneg_result
cmv_igm | 巨细胞病毒IgM抗体 | Cytomegalovirus IgM | code(1) | vs:posneg_result
toxoplasma_igm | 弓形虫IgM抗体 | Toxoplasma IgM | code(1) | vs:posneg_result
gynecological_exam | 妇科检查 | Gynaecological examination | string(500)
is_high_risk | 高风险标志 | High risk | boolean
risk_assessment | 风险评估结果 | Risk assessment | string(500)
guidance | 咨询指导 | Counselling | string(500)
doctor_name
''')

T('mat_folic_acid', '增补叶酸发放记录', 'Folic acid supplementation', '妇幼保健', 'D', 'distribution_no', 'distribution_date', '', '''
distribution_no! | 发放记录编号 | Distribution number | string(32)
record_no
person_name!
id_no!
birth_date
phone
address
distribution_date! | 发放日期 | Issued on | date
stage | 服用阶段(孕前/孕早期) | Stage (pre-conception or early pregnancy) | string(20)
bottles | 发放瓶数 | Bottles issued | integer
compliance | 服用依从性 | Adherence | code(1) | vs:medication_compliance
staff_name | 发放人姓名 | Issued by | string(50) | el:姓名 | p:name
''')

T('mat_pmtct', '预防母婴传播检测与干预', 'Prevention of mother-to-child transmission', '妇幼保健', 'D', 'test_no', 'test_date', '', '''
test_no! | 检测记录编号 | Test record number | string(32)
maternal_no | 孕产妇保健手册编号 | Maternal health booklet number | string(30)
person_name!
id_no
test_date! | 检测日期 | Tested on | date
gestational_weeks | 孕周(周) | Gestational age (weeks) | integer
test_stage | 检测时期(孕早期/孕中晚期/临产) | Stage (early, mid-late pregnancy, labour) | string(20)
is_counselled | 检测前咨询标志 | Pre-test counselling | boolean
hiv | HIV抗体检测 | HIV antibody | code(1) | el:HIV抗体检测结果代码 | vs:posneg_result
syphilis | 梅毒血清学试验 | Syphilis serology | code(1) | el:梅毒血清学试验结果代码 | vs:posneg_result
hbsag | 乙型肝炎表面抗原 | HBsAg | code(1) | el:乙型肝炎病毒表面抗原检测结果代码 | vs:posneg_result
intervention | 干预措施 | Interventions | string(500)
referral_flag
doctor_name
''')

# ---- 妇女保健 ---------------------------------------------------------------------------------------
T('wom_cervical_screening', '宫颈癌筛查', 'Cervical cancer screening', '妇幼保健', 'D', 'screening_no', 'screening_date', '', '''
screening_no! | 筛查编号 | Screening number | string(32)
record_no
person_name!
id_no!
birth_date
phone
address
screening_date! | 筛查日期 | Screened on | date
method | 初筛方法(HPV/TCT/VIA) | Primary method (HPV, cytology, VIA) | string(20)
hpv_result | HPV检测结果 | HPV test | code(1) | vs:posneg_result
hpv_genotype | HPV分型 | HPV genotypes | string(100)
cytology_result | 宫颈细胞学结果(TBS) | Cytology (Bethesda) | string(50)
colposcopy_result | 阴道镜检查结果 | Colposcopy | string(200)
pathology_result | 组织病理学检查结果 | Histopathology | string(200)
final_diagnosis | 最终诊断 | Final diagnosis | string(200)
is_abnormal | 异常标志 | Abnormal | boolean
referral_flag
doctor_name
''')

T('wom_breast_screening', '乳腺癌筛查', 'Breast cancer screening', '妇幼保健', 'D', 'screening_no', 'screening_date', '', '''
screening_no! | 筛查编号 | Screening number | string(32)
record_no
person_name!
id_no!
birth_date
phone
screening_date! | 筛查日期 | Screened on | date
clinical_exam | 乳腺视诊及触诊 | Clinical breast examination | string(200)
ultrasound_result | 乳腺B超检查结果 | Breast ultrasound | string(500)
ultrasound_birads | 超声BI-RADS分类 | Ultrasound BI-RADS category | string(5)
mammography_result | 乳腺X线检查结果 | Mammography | string(500)
mammography_birads | X线BI-RADS分类 | Mammography BI-RADS category | string(5)
pathology_result | 组织病理学检查结果 | Histopathology | string(200)
final_diagnosis | 最终诊断 | Final diagnosis | string(200)
is_abnormal | 异常标志 | Abnormal | boolean
referral_flag
doctor_name
''')

T('wom_contraception', '免费避孕药具发放', 'Free contraceptive distribution', '妇幼保健', 'D', 'distribution_no', 'distribution_date', '', '''
distribution_no! | 发放记录编号 | Distribution number | string(32)
person_name!
id_no
sex
birth_date
distribution_date! | 发放日期 | Issued on | date
contraception_method! | 避孕方法 | Method | code(1) | vs:contraception_method
product_name | 药具名称 | Product | string(100)
quantity | 数量 | Quantity | integer
unit | 单位 | Unit | string(10)
channel | 发放渠道(人工/自助机) | Channel (staff or vending machine) | string(20)
staff_name | 发放人姓名 | Issued by | string(50) | el:姓名 | p:name
''')

# ---- 老年人健康管理 ---------------------------------------------------------------------------------
T('eld_self_care_assessment', '老年人生活自理能力评估', 'Elderly self-care assessment', '老年人健康', 'D', 'assessment_no', 'assessment_date', '', HR_HEAD + '''
assessment_no! | 评估记录编号 | Assessment number | string(32)
age_years
assessment_date! | 评估日期 | Assessed on | date | el:检查(测)日期
score_eating | 进餐评分 | Eating score | integer
score_grooming | 梳洗评分 | Grooming score | integer
score_dressing | 穿衣评分 | Dressing score | integer
score_toileting | 如厕评分 | Toileting score | integer
score_mobility | 活动评分 | Mobility score | integer
total_score! | 总评分 | Total score | integer
self_care_level! | 生活自理能力 | Self-care level | code(1) | el:老年人生活自理能力自我评估代码 | vs:self_care_level
doctor_name
''')

T('eld_tcm_management', '老年人中医药健康管理服务记录', 'Elderly TCM constitution identification', '老年人健康', 'D', 'service_no', 'service_date', '', HR_HEAD + '''
service_no! | 服务记录编号 | Service number | string(32)
age_years
service_date! | 填表日期 | Date | date
questionnaire_answers | 体质辨识问卷答案(33题) | Answers to the 33-item questionnaire | string(100)
score_balanced | 平和质得分 | Balanced score | integer
score_qi_deficiency | 气虚质得分 | Qi-deficiency score | integer
score_yang_deficiency | 阳虚质得分 | Yang-deficiency score | integer
score_yin_deficiency | 阴虚质得分 | Yin-deficiency score | integer
score_phlegm_dampness | 痰湿质得分 | Phlegm-dampness score | integer
score_damp_heat | 湿热质得分 | Damp-heat score | integer
score_blood_stasis | 血瘀质得分 | Blood-stasis score | integer
score_qi_stagnation | 气郁质得分 | Qi-stagnation score | integer
score_special | 特禀质得分 | Inherited-special score | integer
main_constitution! | 主要体质类型 | Main constitution | code(1) | el:中医体质分类代码 | vs:tcm_constitution
main_constitution_result | 体质辨识结果 | Identification result | code(1) | el:中医体质分类判定结果代码 | vs:tcm_constitution_result
other_constitutions | 兼夹/倾向体质(多选) | Other or tendency constitutions (comma-separated codes) | string(20)
health_guidance | 中医药保健指导(多选) | Guidance (emotions, diet, daily routine, exercise, acupoints) | string(50)
doctor_name
''')

T('eld_disability_assessment', '失能老年人健康评估', 'Disabled elderly assessment', '老年人健康', 'D', 'assessment_no', 'assessment_date', '', HR_HEAD + '''
assessment_no! | 评估记录编号 | Assessment number | string(32)
age_years
assessment_date! | 评估日期 | Assessed on | date
adl_score | 日常生活活动评分 | Activities of daily living score | integer
mental_score | 精神状态评分 | Mental status score | integer
perception_score | 感知觉与沟通评分 | Perception and communication score | integer
social_score | 社会参与评分 | Social participation score | integer
ability_level! | 老年人能力等级 | Ability level | code(1) | vs:elderly_ability_level
care_needs | 照护需求 | Care needs | string(500)
services_provided | 健康服务内容 | Services provided | string(500)
doctor_name
''')

# ---- 慢病管理 ---------------------------------------------------------------------------------------
CD_CARD = '''
record_no!
person_name!
id_no!
sex!
birth_date!
phone
address
diagnosis_date | 确诊日期 | Diagnosed on | date
diagnosis_code
diagnosis_institution | 确诊医疗机构 | Diagnosing institution | string(100)
enroll_date! | 纳入管理日期 | Enrolled on | date | el:建档日期
management_level | 管理级别 | Management level | string(20)
responsible_doctor_name | 责任医生姓名 | Responsible doctor | string(50) | el:姓名 | p:name
is_active! | 在管标志 | Under management | boolean
close_date | 撤销管理日期 | Management ended on | date
close_reason | 撤销管理原因 | Reason management ended | string(100)
'''

T('cd_hypertension_card', '高血压患者管理卡', 'Hypertension management card', '慢病管理', 'D', 'record_no', 'enroll_date', '', CD_CARD + '''
bp_grade | 血压分级 | BP grade (1-3) | string(10)
risk_stratum | 危险分层(低/中/高/很高) | Cardiovascular risk stratum | string(10)
has_family_history | 高血压家族史标志 | Family history of hypertension | boolean
complications | 靶器官损害/并发症 | Target-organ damage and complications | string(500)
''')

FOLLOWUP_COMMON = '''
followup_no!
record_no!
person_name!
id_no
followup_date!
followup_method!
symptoms | 症状(多选) | Symptoms (comma-separated codes) | string(50)
other_symptoms | 其他症状 | Other symptoms | string(200)
systolic_bp!
diastolic_bp!
weight_kg
target_weight_kg | 目标体重(kg) | Target weight (kg) | decimal(6,2) | el:目标体重(KG)
bmi
target_bmi | 目标体质指数 | Target BMI | decimal(5,2)
other_signs | 其他体征 | Other signs | string(200)
daily_cigarettes | 日吸烟量(支) | Cigarettes per day | integer | el:日吸烟量(支)
target_daily_cigarettes | 目标日吸烟量(支) | Target cigarettes per day | integer
daily_alcohol_liang | 日饮酒量(两) | Alcohol per day (liang, 50 g) | decimal(4,1) | el:日饮酒量(两)
target_daily_alcohol_liang | 目标日饮酒量(两) | Target alcohol per day (liang) | decimal(4,1)
exercise_times_per_week | 运动次数(次/周) | Exercise sessions per week | integer | el:周运动次数(次/周)
exercise_minutes | 每次运动时间(min) | Minutes per session | integer | el:次运动时长(MIN)
target_exercise_times | 目标运动次数(次/周) | Target sessions per week | integer
target_exercise_minutes | 目标每次运动时间(min) | Target minutes per session | integer
psychological_adjustment | 心理调整 | Psychological adjustment | code(1) | el:心理调整评价结果代码 | vs:good_fair_poor
compliance_behavior | 遵医行为 | Adherence to advice | code(1) | el:随访遵医行为评价结果代码 | vs:good_fair_poor
'''
FOLLOWUP_TAIL = '''
auxiliary_exam | 辅助检查 | Tests | string(500)
medication_compliance! | 服药依从性 | Medication adherence | code(1) | el:服药依从性代码 | vs:medication_compliance
has_adverse_reaction | 药物不良反应标志 | Adverse drug reaction | boolean
adverse_reaction_description | 药物不良反应描述 | Adverse drug reaction details | string(500)
followup_classification! | 此次随访分类 | Follow-up classification | code(1) | el:随访评价结果代码 | vs:followup_classification
referral_flag
referral_reason
referral_institution
next_followup_date
followup_doctor_id
followup_doctor_name
'''

T('hr_hypertension_followup', '高血压患者随访服务记录', 'Hypertension follow-up', '慢病管理', 'D', 'followup_no', 'followup_date', '', FOLLOWUP_COMMON + '''
heart_rate
salt_intake | 摄盐情况 | Salt intake | code(1) | el:摄盐量分级代码 | vs:salt_intake
target_salt_intake | 目标摄盐情况 | Target salt intake | code(1) | el:目标摄盐量分级代码 | vs:salt_intake
''' + FOLLOWUP_TAIL, roles=['health_record_hypertension'])

T('cd_diabetes_card', '2型糖尿病患者管理卡', 'Type 2 diabetes management card', '慢病管理', 'D', 'record_no', 'enroll_date', '', CD_CARD + '''
has_family_history | 糖尿病家族史标志 | Family history of diabetes | boolean
complications | 并发症 | Complications | string(500)
uses_insulin | 使用胰岛素标志 | On insulin | boolean
''')

T('hr_diabetes_followup', '2型糖尿病患者随访服务记录', 'Type 2 diabetes follow-up', '慢病管理', 'D', 'followup_no', 'followup_date', '', FOLLOWUP_COMMON + '''
dorsalis_pedis | 足背动脉搏动 | Dorsalis pedis pulse | code(1) | el:足背动脉搏动代码 | vs:dorsalis_pedis
daily_staple_food_g | 主食(克/天) | Staple food (g/day) | integer | el:日主食量(G)
target_staple_food_g | 目标主食(克/天) | Target staple food (g/day) | integer
fasting_glucose!
hba1c | 糖化血红蛋白(%) | HbA1c (%) | decimal(4,1) | el:糖化血红蛋白值(%)
hba1c_date | 糖化血红蛋白检查日期 | HbA1c test date | date | el:检查(测)日期
hypoglycemia | 低血糖反应 | Hypoglycaemic reactions | code(1) | el:低血糖反应代码 | vs:hypoglycemia_reaction
insulin_type | 胰岛素用药种类 | Insulin type | string(50)
insulin_usage | 胰岛素用法和用量 | Insulin regimen | string(100)
''' + FOLLOWUP_TAIL, roles=['health_record_diabetes'])

T('followup_medication', '随访用药情况', 'Follow-up medication', '慢病管理', 'D', 'followup_no followup_kind medication_stage item_seq', 'followup_date', '', '''
followup_no!
followup_kind! | 随访类别 | Follow-up programme | code(1) | vs:followup_kind
medication_stage! | 用药类别(1用药情况,2调整后用药) | Medication list (1 current, 2 after adjustment) | code(1) | vs:medication_stage
item_seq! | 序号 | Sequence number | integer
record_no!
followup_date!
drug_name! | 药物名称 | Drug | string(200)
dose_per_time | 每次剂量 | Dose per administration | decimal(12,4) | el:药物使用次剂量
dose_unit | 剂量单位 | Dose unit | string(20) | el:药物使用剂量单位
frequency | 用法(每日次数) | Frequency | string(50) | el:药物使用频率
''')

T('cd_annual_assessment', '慢病患者年度评估', 'Chronic disease annual assessment', '慢病管理', 'D', 'assessment_no', 'assessment_date', '', HR_HEAD + '''
assessment_no! | 评估记录编号 | Assessment number | string(32)
disease_kind! | 病种 | Programme | code(1) | vs:followup_kind
assessment_date! | 评估日期 | Assessed on | date
assessment_year! | 评估年度 | Year assessed | integer
followup_count | 年度随访次数 | Follow-ups in the year | integer
is_standard_managed | 规范管理标志 | Managed to standard | boolean
is_controlled | 控制达标标志 | Controlled (BP < 140/90 or FPG < 7.0) | boolean
last_systolic_bp | 最近一次收缩压(mmHg) | Latest systolic BP (mmHg) | integer | el:收缩压(MMHG)
last_diastolic_bp | 最近一次舒张压(mmHg) | Latest diastolic BP (mmHg) | integer | el:舒张压(MMHG)
last_fasting_glucose | 最近一次空腹血糖(mmol/L) | Latest fasting glucose (mmol/L) | decimal(5,2) | el:空腹血糖值(MMOL/L)
complications | 并发症情况 | Complications | string(500)
assessment_conclusion | 评估结论 | Conclusion | string(1000)
next_year_plan | 下一年度管理计划 | Plan for next year | string(1000)
doctor_name
''')

T('cd_bp_screening', '高血压筛查记录', 'Blood pressure screening', '慢病管理', 'D', 'screening_no', 'screening_time', '', '''
screening_no! | 筛查编号 | Screening number | string(32)
record_no
person_name!
id_no
sex!
age_years!
screening_time! | 测量日期时间 | Measured at | datetime
systolic_bp!
diastolic_bp!
is_known_hypertension | 已确诊高血压标志 | Known hypertension | boolean
is_suspected | 疑似高血压标志 | Suspected hypertension | boolean
recheck_date | 建议复查日期 | Recheck on | date
referral_flag
doctor_name
''')

T('cd_stroke_report', '脑卒中发病报告卡', 'Stroke case report', '慢病管理', 'D', 'card_no', 'onset_date', '', '''
card_no! | 报告卡编号 | Report card number | string(32)
record_no
person_name!
id_no!
sex!
birth_date
phone
address_division
address
onset_date! | 发病日期 | Onset date | date
diagnosis_date | 确诊日期 | Diagnosed on | date
stroke_type! | 脑卒中类型 | Stroke subtype | code(1) | vs:stroke_type
diagnosis_code
diagnosis_method | 诊断依据(CT/MRI/腰穿/临床) | Basis (CT, MRI, lumbar puncture, clinical) | string(50)
is_first_episode | 首次发病标志 | First episode | boolean
is_dead | 死亡标志 | Died | boolean
death_date | 死亡日期 | Date of death | date
dept_code
reporting_doctor_name | 报告医生姓名 | Reporting doctor | string(50) | el:姓名 | p:name
report_date! | 报告日期 | Reported on | date
''')

T('cd_chd_event_report', '冠心病急性事件报告卡', 'Acute coronary event report', '慢病管理', 'D', 'card_no', 'onset_date', '', '''
card_no! | 报告卡编号 | Report card number | string(32)
record_no
person_name!
id_no!
sex!
birth_date
phone
address_division
address
onset_date! | 发病日期 | Onset date | date
diagnosis_date | 确诊日期 | Diagnosed on | date
event_type! | 冠心病事件类型 | Event type | code(1) | vs:chd_event_type
diagnosis_code
diagnosis_method | 诊断依据(心电图/心肌酶/冠脉造影/临床) | Basis (ECG, cardiac enzymes, angiography, clinical) | string(50)
is_first_episode | 首次发病标志 | First episode | boolean
is_dead | 死亡标志 | Died | boolean
death_date | 死亡日期 | Date of death | date
dept_code
reporting_doctor_name | 报告医生姓名 | Reporting doctor | string(50) | el:姓名 | p:name
report_date! | 报告日期 | Reported on | date
''')

T('cd_cancer_report', '肿瘤病例报告卡', 'Cancer case report', '慢病管理', 'D', 'card_no', 'diagnosis_date', '', '''
card_no! | 报告卡编号 | Report card number | string(32)
record_no
person_name!
id_no!
sex!
birth_date
address_division
address
diagnosis_date! | 诊断日期 | Diagnosed on | date
diagnosis_code!
diagnosis_name
primary_site | 原发部位 | Primary site | string(100)
morphology_code | 肿瘤形态学编码(ICD-O-3) | Morphology (ICD-O-3) | code(10) | vs:icd_o_3_morphology
pathology_no | 病理号 | Pathology number | string(20)
tnm_stage | 肿瘤TNM分期 | TNM stage | string(20) | el:肿瘤TNM分期代码
clinical_stage | 肿瘤临床分期 | Clinical stage | string(10) | el:肿瘤临床分期代码
diagnosis_basis_code | 诊断依据 | Basis of diagnosis | code(1) | el:肿瘤诊断依据代码 | vs:cancer_diagnosis_basis
diagnosis_institution | 诊断医疗机构 | Diagnosing institution | string(100)
dept_code
reporting_doctor_name | 报告医生姓名 | Reporting doctor | string(50) | el:姓名 | p:name
report_date! | 报告日期 | Reported on | date
''')

T('cd_cancer_followup', '肿瘤患者随访记录', 'Cancer follow-up', '慢病管理', 'D', 'followup_no', 'followup_date', '', '''
followup_no!
card_no | 报告卡编号 | Report card number | string(32)
record_no
person_name!
id_no
followup_date!
followup_method
disease_status | 目前疾病情况 | Current status | string(50)
has_metastasis | 肿瘤患者转移标志 | Metastasis | boolean
metastasis_site | 肿瘤患者转移部位 | Metastatic sites | string(200)
treatment_method | 治疗方式 | Treatment | string(100)
karnofsky_score | 卡氏评分值 | Karnofsky score | integer
is_dead | 死亡标志 | Died | boolean
death_date | 死亡日期 | Date of death | date
death_cause | 死亡原因 | Cause of death | string(200)
guidance | 指导内容 | Guidance | string(500)
next_followup_date
followup_doctor_name
''')

# ---- 精神卫生 ---------------------------------------------------------------------------------------
T('psy_patient_info', '严重精神障碍患者个人信息补充表', 'Severe mental disorder patient information', '精神卫生', 'D', 'record_no', 'fill_date', '', '''
record_no!
person_name!
id_no!
sex!
birth_date!
guardian_name | 监护人姓名 | Guardian | string(50) | el:姓名 | p:name
guardian_relation | 监护人与患者关系 | Guardian's relationship | code(1) | el:监护人与本人关系代码 | vs:relationship
guardian_phone | 监护人电话 | Guardian's phone | string(20) | el:电话号码 | p:phone
guardian_address | 监护人住址 | Guardian's address | string(200) | p:address
community_contact | 辖区村(居)委会联系人 | Neighbourhood committee contact | string(50) | p:name
community_contact_phone | 联系人电话 | Neighbourhood contact phone | string(20) | el:电话号码 | p:phone
has_informed_consent | 知情同意标志 | Consented to community management | boolean
consent_date | 知情同意签字日期 | Consent signed on | date
first_onset_date | 初次发病时间 | First onset | date
past_symptoms | 既往主要症状 | Main past symptoms | string(500)
outpatient_treatment | 既往门诊治疗情况 | Past outpatient treatment | string(50)
first_antipsychotic_date | 首次抗精神病药治疗时间 | First antipsychotic treatment | date
hospitalization_count | 既往住院次数 | Previous admissions | integer | el:住院次数(次)
disorder! | 目前诊断 | Diagnosis | code(1) | el:重性精神疾病名称代码 | vs:severe_mental_disorder
diagnosis_code
diagnosis_institution | 确诊医院 | Diagnosing hospital | string(100)
diagnosis_date | 确诊日期 | Diagnosed on | date
last_treatment_effect | 最近一次治疗效果 | Latest treatment effect | string(20)
risky_behaviors | 危险行为(轻度滋事/肇事/肇祸/自伤/自杀未遂次数) | Risky behaviour history | string(200)
lock_status | 关锁情况 | Locking-up history | string(50)
economic_status | 经济状况 | Economic situation | string(20)
specialist_advice | 专科医生意见 | Psychiatrist's advice | string(500)
fill_date! | 填表日期 | Form completed on | date
doctor_name
''')

T('psy_followup', '严重精神障碍患者随访服务记录', 'Severe mental disorder follow-up', '精神卫生', 'D', 'followup_no', 'followup_date', '', '''
followup_no!
record_no!
person_name!
id_no
followup_date!
followup_method
is_reached! | 本次随访访到标志 | Patient reached | boolean
not_reached_reason | 失访原因 | Reason not reached | string(100)
death_date | 死亡日期 | Date of death | date
death_cause | 死亡原因 | Cause of death | string(100)
risk_level! | 危险性评估 | Risk level | code(1) | el:危险性分级代码 | vs:psych_risk_level
current_symptoms | 目前症状(多选) | Current symptoms (comma-separated codes) | string(50)
insight | 自知力 | Insight | code(1) | el:自知力评价结果代码 | vs:insight
sleep | 睡眠情况 | Sleep | code(1) | el:睡眠情况代码 | vs:good_fair_poor
diet | 饮食情况 | Diet | code(1) | el:饮食情况代码 | vs:good_fair_poor
personal_care | 个人生活料理 | Self-care | code(1) | vs:good_fair_poor
housework | 家务劳动 | Housework | code(1) | vs:good_fair_poor
work_or_study | 生产劳动及工作 | Work or study | code(1) | vs:good_fair_poor
learning_ability | 学习能力 | Learning ability | code(1) | vs:good_fair_poor
social_interaction | 社会人际交往 | Social interaction | code(1) | vs:good_fair_poor
risky_behaviors | 危险行为 | Risky behaviour since last visit | string(200)
lock_status | 两次随访期间关锁情况 | Locked up since last visit | string(50)
hospitalization_status | 两次随访期间住院情况 | Hospital stays since last visit | string(50)
last_discharge_date | 末次出院时间 | Last discharge | date
lab_tests | 实验室检查 | Laboratory tests | string(200)
medication_compliance! | 服药依从性 | Medication adherence | code(1) | el:服药依从性代码 | vs:medication_compliance
has_adverse_reaction | 药物不良反应标志 | Adverse drug reaction | boolean
treatment_effect | 治疗效果 | Treatment effect | string(20)
followup_classification! | 本次随访分类 | Follow-up classification | code(1) | el:重性精神疾病患者随访评价结果代码 | vs:psych_followup_classification
rehabilitation_measures | 康复措施(多选) | Rehabilitation measures (comma-separated codes) | string(50)
referral_flag
referral_reason
referral_institution
next_followup_date
followup_doctor_name
''')

T('psy_emergency_disposal', '严重精神障碍患者应急处置记录', 'Mental health emergency response', '精神卫生', 'D', 'disposal_no', 'disposal_time', '', '''
disposal_no! | 处置记录编号 | Response record number | string(32)
record_no
person_name!
id_no
sex
birth_date
disposal_time! | 处置日期时间 | Responded at | datetime
location | 处置地点 | Place | string(200)
situation | 事件经过 | What happened | string(2000)
risk_level | 危险性评估 | Risk level | code(1) | vs:psych_risk_level
measures | 处置措施 | Measures (crisis intervention, medication, restraint, transfer...) | string(1000)
is_sent_to_hospital | 送诊标志 | Taken to hospital | boolean
receiving_institution | 接收医疗机构 | Receiving hospital | string(100)
participants | 参与处置人员 | Responders (mental-health doctor, police, neighbourhood committee) | string(500) | p:name
disposal_outcome | 处置结果 | Outcome | string(500)
doctor_name
''')

T('psy_discharge_info', '严重精神障碍患者出院信息', 'Severe mental disorder discharge notice', '精神卫生', 'D', 'discharge_no', 'discharge_date', '', '''
discharge_no! | 出院信息单编号 | Discharge notice number | string(32)
record_no
person_name!
id_no!
sex
birth_date
hospital_name! | 住院医疗机构 | Treating hospital | string(100)
admission_date | 入院日期 | Admitted on | date
discharge_date! | 出院日期 | Discharged on | date
disorder! | 出院诊断 | Discharge diagnosis | code(1) | vs:severe_mental_disorder
diagnosis_code
risk_level | 出院时危险性评估 | Risk level at discharge | code(1) | vs:psych_risk_level
treatment_effect | 治疗效果 | Treatment effect | string(20)
discharge_medication | 出院用药 | Discharge medication | string(1000)
rehabilitation_advice | 康复建议 | Rehabilitation advice | string(1000)
guardian_name | 监护人姓名 | Guardian | string(50) | el:姓名 | p:name
guardian_phone | 监护人电话 | Guardian's phone | string(20) | el:电话号码 | p:phone
receiving_institution | 接收基层医疗卫生机构 | Receiving community institution | string(100)
notify_date | 通知日期 | Notified on | date
''')

# ---- 结核病 -----------------------------------------------------------------------------------------
TB_HEAD = '''
record_no!
person_name!
id_no
'''

T('tb_first_visit', '肺结核患者第一次入户随访记录', 'Tuberculosis first home visit', '结核病', 'D', 'visit_record_no', 'visit_date', '', TB_HEAD + '''
visit_record_no! | 随访记录编号 | Visit record number | string(32)
sex
visit_date! | 随访日期 | Visit date | date | el:随访日期
followup_method
patient_type! | 患者类型 | Patient type | code(1) | vs:tb_patient_type
sputum | 痰菌情况 | Sputum bacteriology | code(1) | vs:tb_sputum
drug_resistance | 耐药情况 | Drug resistance | code(1) | vs:tb_drug_resistance
symptoms | 症状及体征(多选) | Symptoms and signs (comma-separated codes) | string(50)
regimen | 化疗方案 | Regimen | string(50) | el:结核病患者开始治疗方案
medication_usage | 用法(每日/间歇) | Dosing (daily or intermittent) | string(20)
drug_form | 药品剂型 | Formulation | string(50)
supervisor | 督导人员 | Treatment supporter | code(1) | vs:tb_supervisor
has_separate_room | 单独的居室标志 | Has own room | boolean
ventilation | 通风情况 | Ventilation | string(20)
daily_cigarettes | 日吸烟量(支) | Cigarettes per day | integer | el:日吸烟量(支)
daily_alcohol_liang | 日饮酒量(两) | Alcohol per day (liang) | decimal(4,1) | el:日饮酒量(两)
drug_pickup_place | 取药地点 | Where drugs are collected | string(100)
drug_pickup_date | 取药时间 | When drugs are collected | date
education_given | 健康教育及培训内容(多选) | Education given (comma-separated codes) | string(50)
next_followup_date
followup_doctor_name
''')

T('tb_followup', '肺结核患者随访服务记录', 'Tuberculosis follow-up', '结核病', 'D', 'followup_no', 'followup_date', '', TB_HEAD + '''
followup_no!
followup_date!
treatment_month! | 治疗月序 | Treatment month | integer
supervisor | 督导人员 | Treatment supporter | code(1) | vs:tb_supervisor
followup_method
symptoms | 症状及体征(多选) | Symptoms and signs (comma-separated codes) | string(50)
daily_cigarettes | 日吸烟量(支) | Cigarettes per day | integer | el:日吸烟量(支)
daily_alcohol_liang | 日饮酒量(两) | Alcohol per day (liang) | decimal(4,1) | el:日饮酒量(两)
regimen | 化疗方案 | Regimen | string(50)
medication_usage | 用法(每日/间歇) | Dosing (daily or intermittent) | string(20)
drug_form | 药品剂型 | Formulation | string(50)
missed_doses | 漏服药次数 | Missed doses | integer
has_adverse_reaction | 药物不良反应标志 | Adverse drug reaction | boolean
adverse_reaction_description | 药物不良反应描述 | Adverse drug reaction details | string(500)
complications | 并发症或合并症 | Complications or comorbidities | string(200)
referral_flag
referral_reason
referral_institution
treatment_stop_date | 停止治疗时间 | Treatment stopped on | date | el:治疗终止日期
stop_reason | 停止治疗原因 | Reason for stopping | string(50)
planned_visits | 应访视患者次数 | Visits due | integer
actual_visits | 实际访视次数 | Visits made | integer
planned_doses | 患者在疗程中应服药次数 | Doses due | integer
actual_doses | 实际服药次数 | Doses taken | integer
next_followup_date
followup_doctor_name
''')

T('tb_suspect_referral', '肺结核可疑者推介转诊', 'Suspected tuberculosis referral', '结核病', 'D', 'referral_no', 'referral_date', '', '''
referral_no! | 推介转诊单编号 | Referral number | string(32)
record_no
person_name!
id_no
sex!
birth_date
phone
address
symptoms! | 可疑症状 | Suspicious symptoms | string(200) | el:疑似结核患者症状代码
symptom_days | 症状持续天数 | Days with symptoms | integer
referral_date! | 转诊日期 | Referred on | date | el:转诊日期
to_institution_name | 结核病定点医疗机构 | Designated TB clinic | string(100)
is_arrived | 到位标志 | Arrived at the clinic | boolean
arrival_date | 到位日期 | Arrived on | date
diagnosis_result | 诊断结果 | Diagnosis | string(200)
doctor_name
''')

T('tb_medication_record', '肺结核患者服药记录', 'Tuberculosis treatment intake', '结核病', 'D', 'record_no dose_date', 'dose_date', '', TB_HEAD + '''
dose_date! | 服药日期 | Date | date
treatment_month | 治疗月序 | Treatment month | integer
is_intensive_phase | 强化期标志 | Intensive phase | boolean
is_taken! | 服药标志 | Dose taken | boolean
supervisor | 督导人员 | Treatment supporter | code(1) | vs:tb_supervisor
remarks | 备注 | Remarks | string(200)
''')

T('tb_close_contact_screening', '肺结核密切接触者筛查', 'Tuberculosis contact screening', '结核病', 'D', 'screening_no', 'screening_date', '', '''
screening_no! | 筛查编号 | Screening number | string(32)
index_record_no | 指示病例健康档案编号 | Index case's health record number | string(20) | el:健康档案编号
person_name! | 接触者姓名 | Contact's name | string(50) | p:name
id_no
sex
age_years
relation_to_index | 与指示病例关系 | Relationship to index case | string(50)
contact_setting | 接触场所(家庭/学校/工作) | Setting (household, school, work) | string(20)
screening_date! | 筛查日期 | Screened on | date
has_symptoms | 可疑症状标志 | Suspicious symptoms | boolean
tst_result | 结核菌素皮肤试验结果 | Tuberculin skin test | string(50)
igra_result | γ-干扰素释放试验 | IGRA | code(1) | vs:posneg_result
chest_xray | 胸部X线检查结果 | Chest X-ray | string(200)
conclusion | 筛查结论 | Conclusion | string(200)
referral_flag
doctor_name
''')

# ---- 传染病与突发事件 -------------------------------------------------------------------------------
T('cdc_public_health_event', '突发公共卫生事件相关信息报告', 'Public health emergency report', '传染病', 'D', 'event_no report_seq', 'discover_time', '', '''
event_no! | 事件编号 | Event number | string(32)
report_seq! | 报告序号 | Report sequence number | integer
report_type! | 报告类型 | Report type | code(1) | vs:phe_report_type
event_name! | 事件名称 | Event | string(200) | el:卫生事件名称
event_category! | 事件类别 | Category | code(2) | vs:phe_category
event_level | 事件分级 | Level | code(1) | vs:phe_level
discover_time! | 发现(获知)日期时间 | Discovered at | datetime
first_case_onset_time | 首例病人发病日期时间 | First case onset | datetime
address_division! | 事件发生地行政区划代码 | Division code of the event location
location! | 事件发生地点 | Place | string(200) | el:卫生事件发生地点
setting | 发生场所 | Setting (school, nursery, workplace...) | string(50)
exposed_count | 暴露人数 | People exposed | integer
case_count! | 发病人数 | Cases | integer
death_count | 死亡人数 | Deaths | integer
main_symptoms | 主要症状 | Main symptoms | string(500)
suspected_cause | 可能原因 | Suspected cause | string(500)
measures_taken | 已采取措施 | Measures taken | string(1000)
report_time! | 报告日期时间 | Reported at | datetime
reporter_name | 报告人姓名 | Reporter | string(50) | el:姓名 | p:name
reporter_phone | 报告人电话 | Reporter's phone | string(20) | el:电话号码 | p:phone
''', rt=(9, 'PT2H'))

T('cdc_fever_sentinel', '发热哨点诊室就诊登记', 'Fever sentinel clinic register', '传染病', 'D', 'register_no', 'visit_time', '', '''
register_no! | 登记编号 | Register number | string(32)
visit_no
patient_id
person_name!
id_type
id_no
sex!
age_years
phone
address
visit_time!
temperature!
symptoms | 症状 | Symptoms | string(200)
epidemiological_history | 流行病学史 | Epidemiological history | string(500)
antigen_result | 抗原检测结果 | Antigen test | code(1) | vs:posneg_result
nucleic_acid_result | 核酸检测结果 | Nucleic-acid test | code(1) | vs:posneg_result
disposition | 处置去向 | Disposition (home, fever clinic, admitted) | string(50)
referral_institution
doctor_name
''')

T('cdc_diarrhea_clinic_log', '肠道门诊腹泻病人登记', 'Diarrhoea clinic register', '传染病', 'D', 'register_no', 'visit_time', '', '''
register_no! | 登记编号 | Register number | string(32)
visit_no
patient_id
person_name!
id_no
sex!
age_years
occupation_category | 职业 | Occupation | code(1) | vs:occupation_category
phone
address
visit_time!
onset_time | 发病日期时间 | Onset | datetime | el:发病日期时间
stools_per_day | 腹泻次数(次/日) | Stools per day | integer | el:腹泻次数(次)
stool_character | 大便性状 | Stool appearance | string(50)
is_vomiting | 呕吐标志 | Vomiting | boolean
has_fever | 发热标志 | Fever | boolean
dehydration | 脱水程度 | Dehydration | string(20)
suspected_food | 可疑食品名称 | Suspected food | string(200) | el:可疑食品名称
is_sampled | 采样标志 | Stool sample taken | boolean
vibrio_cholerae_result | 霍乱弧菌检测结果 | Vibrio cholerae test | code(1) | vs:posneg_result
diagnosis_code
diagnosis_name
is_reported | 传染病报告标志 | Notified as infectious disease | boolean
doctor_name
''')

# ---- 卫生监督协管 -----------------------------------------------------------------------------------
T('sup_inspection', '卫生监督协管巡查登记', 'Health supervision assistance inspection', '卫生监督', 'D', 'inspection_no', 'inspection_date', '', '''
inspection_no! | 巡查编号 | Inspection number | string(32)
inspection_date! | 巡查日期 | Inspected on | date
inspection_type! | 巡查类别 | Category | code(1) | vs:supervision_type
unit_name! | 巡查地点(单位名称) | Premises | string(200) | el:监督地点
premises_address | 巡查地址 | Premises address | string(200)
content | 巡查内容 | What was inspected | string(1000) | el:监督检查内容描述
has_problem | 发现问题标志 | Problem found | boolean
problems_found | 发现的主要问题 | Problems found | string(1000)
handling | 处理意见 | Action | string(1000) | el:监督意见描述
inspectors | 巡查人 | Inspectors | string(100) | p:name
remarks | 备注 | Remarks | string(500)
''')

T('sup_info_report', '卫生监督协管信息报告登记', 'Health supervision assistance information report', '卫生监督', 'D', 'report_no', 'discover_date', '', '''
report_no! | 报告编号 | Report number | string(32)
discover_date! | 发现日期 | Discovered on | date
info_type! | 信息类别 | Category | code(1) | vs:supervision_type
info_content! | 信息内容 | Information | string(2000)
report_time | 报告日期时间 | Reported at | datetime
reported_to | 报告对象 | Reported to | string(100)
reporter_name | 报告人姓名 | Reporter | string(50) | el:姓名 | p:name
remarks | 备注 | Remarks | string(500)
''')

# ---- 家庭医生签约 -----------------------------------------------------------------------------------
T('fd_team', '家庭医生团队', 'Family doctor team', '家庭医生', 'D', 'team_code', 'establish_date', '', '''
team_code! | 团队编码 | Team code | string(32)
team_name! | 团队名称 | Team name | string(100)
leader_staff_id! | 团队长工号 | Team leader id | string(20)
leader_name | 团队长姓名 | Team leader | string(50) | el:姓名 | p:name
member_count | 团队人数 | Members | integer
service_area | 服务片区 | Service area | string(200)
address_division | 服务片区行政区划代码 | Division code of the service area
team_phone | 团队联系电话 | Team phone | string(20)
establish_date! | 成立日期 | Established on | date
is_active! | 有效标志 | Active | boolean
''')

T('fd_team_member', '家庭医生团队成员', 'Family doctor team member', '家庭医生', 'D', 'team_code staff_id', 'join_date', '', '''
team_code! | 团队编码 | Team code | string(32)
staff_id! | 人员工号 | Staff id | string(20)
staff_name! | 姓名 | Name | string(50) | p:name
member_role! | 团队角色 | Role | code(1) | vs:fd_member_role
professional_title | 专业技术职务代码 | Professional title | code(3) | el:专业技术职务类别代码 | vs:professional_title
institution_name | 所在医疗机构 | Employing institution (for hospital specialists) | string(100)
join_date! | 加入日期 | Joined on | date
leave_date | 退出日期 | Left on | date
is_active! | 有效标志 | Active | boolean
''')

T('fd_service_package', '家庭医生签约服务包', 'Family doctor service package', '家庭医生', 'D', 'package_code', 'valid_from', '', '''
package_code! | 服务包编码 | Package code | string(32)
package_name! | 服务包名称 | Package name | string(100)
package_kind | 服务包类型(基础包/个性化包) | Kind (basic or personalised) | string(20)
target_population_tag | 适用人群 | Target population | code(2) | vs:population_tag
service_content | 服务内容 | Services included | string(2000)
service_item_count | 服务项目数 | Number of service items | integer
annual_fee | 年服务费(元) | Annual fee (yuan) | decimal(10,2)
insurance_share | 医保基金支付(元) | Paid by insurance (yuan) | decimal(10,2)
public_health_share | 基本公共卫生经费支付(元) | Paid from public-health funds (yuan) | decimal(10,2)
self_paid_share | 个人支付(元) | Paid by resident (yuan) | decimal(10,2)
valid_from! | 启用日期 | Valid from | date
valid_to | 停用日期 | Valid to | date
is_active! | 有效标志 | Active | boolean
''')

T('fd_contract', '家庭医生签约记录', 'Family doctor contract', '家庭医生', 'D', 'contract_no', 'sign_time', '', '''
contract_no! | 签约协议编号 | Contract number | string(40)
record_no!
person_name!
id_type
id_no!
sex!
birth_date
phone
address_division
address
population_tags | 重点人群(多选) | Priority populations (comma-separated codes) | string(50)
team_code! | 签约团队编码 | Team code | string(32)
doctor_id! | 签约医生工号 | Family doctor id | string(20)
doctor_name | 签约医生姓名 | Family doctor | string(50) | el:姓名 | p:name
package_codes! | 签约服务包编码(多个) | Service packages (comma-separated codes) | string(200)
sign_time! | 签约日期时间 | Signed at | datetime
sign_channel | 签约方式(现场/线上) | Channel (in person or online) | string(20)
start_date! | 协议生效日期 | Start date | date
end_date! | 协议终止日期 | End date | date
fee_amount | 签约服务费(元) | Fee (yuan) | decimal(10,2)
self_paid_amount | 个人支付(元) | Paid by resident (yuan) | decimal(10,2)
is_renewal | 续约标志 | Renewal | boolean
contract_status! | 签约状态 | Status | code(1) | vs:contract_status
terminate_date | 解约日期 | Terminated on | date
terminate_reason | 解约原因 | Reason for termination | string(200)
''', rt=(8, 'PT24H'))

T('fd_performance', '家庭医生签约履约服务记录', 'Family doctor contracted service delivered', '家庭医生', 'D', 'service_no', 'service_time', '', '''
service_no! | 履约记录编号 | Service record number | string(40)
contract_no! | 签约协议编号 | Contract number | string(40)
record_no!
person_name!
service_time! | 服务日期时间 | Delivered at | datetime
package_code | 服务包编码 | Package code | string(32)
service_item_code | 服务项目编码 | Service item code | string(32)
service_item_name! | 服务项目名称 | Service item | string(100)
service_mode | 服务方式(门诊/上门/电话/线上) | Mode (clinic, home, phone, online) | string(20)
service_content | 服务内容 | What was done | string(1000)
staff_id | 服务人员工号 | Staff id | string(20)
staff_name | 服务人员姓名 | Staff | string(50) | el:姓名 | p:name
is_confirmed | 居民确认标志 | Confirmed by resident | boolean
satisfaction | 满意度评价 | Satisfaction | string(20)
''')

# ---- 家庭病床与康复 ---------------------------------------------------------------------------------
T('home_bed_record', '家庭病床建床记录', 'Home sickbed', '家庭医生', 'D', 'bed_record_no', 'setup_date', '', '''
bed_record_no! | 家庭病床编号 | Home sickbed number | string(32)
record_no
patient_id
person_name!
id_no!
sex!
birth_date!
phone
address!
setup_date! | 建床日期 | Set up on | date | el:家庭病床建床日期
setup_reason | 建床原因 | Reason | string(500) | el:家庭病床建立原因
diagnosis_code
diagnosis_name!
responsible_doctor_id | 责任医生工号 | Responsible doctor id | string(20)
responsible_doctor_name | 责任医生姓名 | Responsible doctor | string(50) | el:姓名 | p:name
nurse_name
treatment_plan
close_date | 撤床日期 | Closed on | date | el:家庭病床撤床日期
close_reason | 撤床原因 | Reason closed | string(200)
outcome | 转归 | Outcome | code(1) | vs:treatment_outcome
medical_payment_method
total_cost | 总费用(元) | Total cost (yuan) | decimal(12,2)
''')

T('home_bed_visit', '家庭病床查床记录', 'Home sickbed visit', '家庭医生', 'D', 'visit_record_no', 'visit_time', '', '''
visit_record_no! | 查床记录编号 | Visit record number | string(32)
bed_record_no! | 家庭病床编号 | Home sickbed number | string(32)
person_name!
visit_time! | 查床日期时间 | Visited at | datetime
temperature
pulse_rate
respiratory_rate
systolic_bp
diastolic_bp
condition | 病情记录 | Condition | string(2000)
treatment | 处置 | Treatment given | string(1000)
orders | 医嘱 | Orders | string(1000)
doctor_id
doctor_name
nurse_name
''')

T('rehab_service', '社区康复服务记录', 'Community rehabilitation service', '康复', 'D', 'service_no', 'service_date', '', '''
service_no! | 服务记录编号 | Service record number | string(32)
record_no
person_name!
id_no
sex
birth_date
disability_type | 残疾类别 | Disability | string(50)
disability_certificate_no | 残疾人证号 | Disability certificate number | string(30)
service_date! | 服务日期 | Date | date
assessment | 康复评估 | Assessment | string(1000)
service_items | 康复服务项目 | Services | string(500)
service_content | 服务内容 | What was done | string(1000)
provider_name | 服务人员姓名 | Provider | string(50) | el:姓名 | p:name
next_service_date | 下次服务日期 | Next service | date | el:预约日期
''')


# ===================================================================================================
# Catalogue-level definitions
# ===================================================================================================
COMMON_SOURCES = [
    'WS 363-2011 卫生信息数据元目录',
    'WS 364-2011 卫生信息数据元值域代码',
    'WS 445-2014 电子病历基本数据集',
    'WS/T 500-2016 电子病历共享文档规范',
    '住院病案首页 (卫医政发〔2011〕84号) 及中医住院病案首页',
    '病历书写基本规范 (卫医政发〔2010〕11号)',
    '《传染病信息报告管理规范(2015年版)》',
    '居民死亡医学证明(推断)书',
    'hic-demo HDW 数据交换表 (ssgjgroup/hic-demo)',
]
CATALOGUES = {
    'hospital': OrderedDict(
        id='nanjing-hospital', version='2022.1', kind='hospital',
        nameZh='医院规定上传数据表目录', nameEn='Hospital required-table catalogue',
        count=83,
        sources=COMMON_SOURCES[:6] + ['《医疗机构诊疗科目名录》', '《急诊病人病情分级试点指导原则(征求意见稿)》(2011)']
        + COMMON_SOURCES[6:]),
    'district': OrderedDict(
        id='nanjing-district', version='2022.1', kind='district',
        nameZh='区县(社区卫生服务机构)规定上传数据表目录', nameEn='District (community health centre) required-table catalogue',
        count=129,
        sources=['WS 365-2011 城乡居民健康档案基本数据集', 'WS/T 483-2016 健康档案共享文档规范',
                 '国家基本公共卫生服务规范(第三版) (国卫基层发〔2017〕13号)',
                 'WS 372 疾病管理基本数据集', 'WS 375 疾病控制基本数据集', 'WS 376 儿童保健基本数据集',
                 'WS 377 妇女保健基本数据集', '《严重精神障碍管理治疗工作规范(2018年版)》',
                 '《孕产妇妊娠风险评估与管理工作规范》(2017)', '《关于规范家庭医生签约服务管理的指导意见》(2018)',
                 '《突发公共卫生事件相关信息报告管理工作规范(试行)》(2005)'] + COMMON_SOURCES),
}

# The WS/T 500 document types that must feed at least one hospital table (C0001 病历概要 ... C0053 出院小结).
REQUIRED_DOCUMENT_TYPES = ['C0001', 'C0002', 'C0004', 'C0005', 'C0006', 'C0007', 'C0032', 'C0034', 'C0049', 'C0053']
ROLE_TABLES = {
    'outpatient_visits': ('outpatient_visit', ('hospital', 'district')),
    'discharges': ('inpatient_discharge', ('hospital', 'district')),
    'health_record_basic': ('hr_person_basic', ('district',)),
    'health_record_hypertension': ('hr_hypertension_followup', ('district',)),
    'health_record_diabetes': ('hr_diabetes_followup', ('district',)),
}
HEALTH_RECORD_ROLE_TABLES = ['hr_person_basic', 'hr_hypertension_followup', 'hr_diabetes_followup']

# Cross-field checks (`checks:` of a table; docs/catalogue.md). Only orderings that no real record breaks:
# a row that breaks one is rejected with HX2115, so doubtful ones (next-visit dates, review and sign times,
# expiry dates that may record a real incident) are left out. Besides these, every table with a birth_date
# gets `birth_date not_after <eventTime>`: nobody is born after the event a row records (BIRTH_DATE_CHECK).
CHECK_RULES = ('not_before', 'not_after')
CHECKS = {
    # 基础字典 and 门急诊
    'dict_department': [('not_before', 'valid_to', 'valid_from')],
    'dict_staff': [('not_before', 'valid_to', 'valid_from')],
    'outpatient_registration': [('not_before', 'cancel_time', 'registration_time')],
    'emergency_observation_record': [('not_before', 'leave_observation_time', 'observation_time'),
                                     ('not_before', 'rescue_end_time', 'rescue_start_time')],
    'emergency_triage': [('not_before', 'triage_time', 'arrival_time')],
    'outpatient_prescription': [('not_before', 'review_time', 'prescription_time'),
                                ('not_before', 'dispense_time', 'prescription_time')],
    'referral_record': [('not_before', 'receive_time', 'referral_time')],
    'health_event_summary': [('not_before', 'event_end_time', 'event_start_time')],
    # 住院
    'admission_record': [('not_before', 'record_time', 'admission_time')],
    'admission_discharge_24h': [('not_before', 'discharge_time', 'admission_time')],
    'admission_death_24h': [('not_before', 'death_time', 'admission_time')],
    'inpatient_case_front_page': [('not_before', 'discharge_time', 'admission_time')],
    'inpatient_case_front_page_tcm': [('not_before', 'discharge_time', 'admission_time')],
    'inpatient_transfer': [('not_before', 'transfer_out_time', 'admission_time'),
                           ('not_before', 'transfer_in_time', 'transfer_out_time')],
    'stage_summary': [('not_before', 'summary_time', 'admission_time')],
    'rescue_record': [('not_before', 'rescue_end_time', 'rescue_start_time')],
    'consultation_record': [('not_before', 'consultation_time', 'request_time')],
    'inpatient_discharge': [('not_before', 'discharge_time', 'admission_time')],
    'discharge_summary': [('not_before', 'discharge_time', 'admission_time')],
    'death_record': [('not_before', 'death_time', 'admission_time')],
    'death_case_discussion': [('not_before', 'discussion_time', 'death_time')],
    'inpatient_order': [('not_before', 'planned_end_time', 'planned_start_time'),
                        ('not_before', 'stop_time', 'order_time')],
    'inpatient_settlement': [('not_before', 'discharge_time', 'admission_time')],
    'nursing_admission_assessment': [('not_before', 'assessment_time', 'admission_time')],
    'nosocomial_infection_case': [('not_before', 'infection_date', 'admission_time'),
                                  ('not_before', 'report_time', 'infection_date')],
    # 检查检验
    'lab_report': [('not_before', 'specimen_receive_time', 'specimen_collect_time'),
                   ('not_before', 'report_time', 'specimen_collect_time'),
                   ('not_before', 'report_time', 'specimen_receive_time')],
    'microbiology_result': [('not_before', 'report_time', 'specimen_collect_time')],
    'exam_report': [('not_before', 'report_time', 'exam_time')],
    'pathology_report': [('not_before', 'specimen_receive_time', 'specimen_collect_time'),
                         ('not_before', 'report_time', 'specimen_collect_time'),
                         ('not_before', 'report_time', 'specimen_receive_time')],
    'critical_value_record': [('not_before', 'receive_time', 'report_time'),
                              ('not_before', 'handling_time', 'report_time')],
    # 手术, 麻醉, 产科
    'surgery_record': [('not_before', 'operation_end_time', 'operation_start_time')],
    'postoperative_first_course': [('not_before', 'record_time', 'operation_time')],
    'anesthesia_record': [('not_before', 'anesthesia_end_time', 'anesthesia_start_time'),
                          ('not_before', 'leave_or_time', 'enter_or_time')],
    'nursing_surgery_record': [('not_before', 'leave_or_time', 'enter_or_time')],
    'consent_surgery': [('not_before', 'planned_operation_time', 'patient_sign_time')],
    'vaginal_delivery_record': [('not_before', 'delivery_time', 'labor_onset_time'),
                                ('not_before', 'placenta_delivery_time', 'delivery_time')],
    'cesarean_record': [('not_before', 'operation_end_time', 'operation_start_time'),
                        ('not_before', 'placenta_delivery_time', 'delivery_time')],
    # 报告卡与证明
    'infectious_disease_report': [('not_before', 'diagnosis_time', 'onset_date'),
                                  ('not_before', 'death_date', 'onset_date'),
                                  ('not_before', 'fill_date', 'diagnosis_time')],
    'death_medical_certificate': [('not_before', 'issue_date', 'death_time')],
    'birth_medical_certificate': [('not_before', 'issue_date', 'birth_time')],
    'adverse_drug_reaction_report': [('not_before', 'medication_end_date', 'medication_start_date'),
                                     ('not_before', 'report_date', 'reaction_time')],
    # 健康档案
    'hr_household_member': [('not_before', 'leave_date', 'join_date')],
    'hr_medical_history': [('not_after', 'occur_date', 'record_date')],
    'hr_exam_hospitalization': [('not_before', 'end_date', 'start_date')],
    'hr_population_tag': [('not_before', 'end_date', 'tag_date')],
    # 预防接种
    'imm_aefi_report': [('not_before', 'onset_date', 'vaccination_time'),
                        ('not_before', 'report_date', 'onset_date')],
    'imm_rabies_exposure': [('not_before', 'first_dose_time', 'exposure_time')],
    # 妇幼
    'ch_weak_child': [('not_before', 'close_date', 'enroll_date')],
    'ch_nutrition_disease': [('not_before', 'close_date', 'enroll_date')],
    'ch_death_report': [('not_before', 'report_date', 'death_time')],
    'mat_registration': [('not_before', 'expected_delivery_date', 'last_menstrual_date'),
                         ('not_before', 'close_date', 'register_date')],
    'mat_first_prenatal': [('not_before', 'expected_delivery_date', 'last_menstrual_date')],
    'mat_delivery_info': [('not_before', 'discharge_date', 'delivery_time')],
    'mat_postpartum_visit': [('not_before', 'visit_date', 'delivery_date')],
    'mat_death_report': [('not_before', 'report_date', 'death_time')],
    # 慢病, 精神卫生, 结核病, 传染病, 监督
    'cd_hypertension_card': [('not_after', 'diagnosis_date', 'enroll_date'), ('not_before', 'close_date', 'enroll_date')],
    'cd_diabetes_card': [('not_after', 'diagnosis_date', 'enroll_date'), ('not_before', 'close_date', 'enroll_date')],
    'cd_stroke_report': [('not_before', 'diagnosis_date', 'onset_date'), ('not_before', 'death_date', 'onset_date'),
                         ('not_before', 'report_date', 'onset_date')],
    'cd_chd_event_report': [('not_before', 'diagnosis_date', 'onset_date'), ('not_before', 'death_date', 'onset_date'),
                            ('not_before', 'report_date', 'onset_date')],
    'cd_cancer_report': [('not_before', 'report_date', 'diagnosis_date')],
    'psy_discharge_info': [('not_before', 'discharge_date', 'admission_date')],
    'tb_suspect_referral': [('not_before', 'arrival_date', 'referral_date')],
    'cdc_public_health_event': [('not_after', 'first_case_onset_time', 'discover_time'),
                                ('not_before', 'report_time', 'discover_time')],
    'cdc_diarrhea_clinic_log': [('not_after', 'onset_time', 'visit_time')],
    'sup_info_report': [('not_before', 'report_time', 'discover_date')],
    # 家庭医生, 家庭病床
    'fd_team_member': [('not_before', 'leave_date', 'join_date')],
    'fd_service_package': [('not_before', 'valid_to', 'valid_from')],
    'fd_contract': [('not_before', 'end_date', 'start_date'), ('not_before', 'terminate_date', 'sign_time')],
    'home_bed_record': [('not_before', 'close_date', 'setup_date')],
}
BIRTH_DATE_CHECK = 'birth_date'


# ===================================================================================================
# Loading sources
# ===================================================================================================
def load_elements(path):
    by_name, by_code = {}, {}
    with open(path, encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f):
            code, name = row['id'].strip(), row['name'].strip()
            by_code[code] = row
            by_name.setdefault(name, code)
    return by_name, by_code


def load_document_types(path):
    with open(path, encoding='utf-8', newline='') as f:
        return OrderedDict((row['doc_code(2.16.156.10011.2.4)'], row) for row in csv.DictReader(f))


def load_vendor_tables(path):
    tables = Counter()
    with open(path, encoding='utf-8', newline='') as f:
        for row in csv.DictReader(f, delimiter='\t'):
            tables[row['table']] += 1
    return tables


# ===================================================================================================
# Column notation
# ===================================================================================================
class BuildError(Exception):
    pass


def parse_column_line(line, elements_by_name, elements_by_code, library=None, where=''):
    parts = [p.strip() for p in line.split(' | ')]
    raw_name = parts[0]
    required = raw_name.endswith('!')
    name = raw_name.rstrip('!')
    if len(parts) in (1, 3):
        if library is None or name not in library:
            raise BuildError(f'{where}: {name} is not in the column library')
        col = OrderedDict(library[name])
        col['required'] = required
        if len(parts) == 3:
            col['nameZh'], col['nameEn'] = parts[1], parts[2]
        return col
    if len(parts) < 4:
        raise BuildError(f'{where}: cannot read column line {line!r}')
    col = OrderedDict(name=name, element=None, nameZh=parts[1], nameEn=parts[2], type=parts[3],
                      required=required, valueSet=None, personal='none')
    element_hint = None
    for extra in parts[4:]:
        key, _, value = extra.partition(':')
        if key == 'el':
            element_hint = value
        elif key == 'vs':
            col['valueSet'] = value
        elif key == 'p':
            col['personal'] = value
        else:
            raise BuildError(f'{where}: unknown option {extra!r} in {line!r}')
    if element_hint == '-':
        col['element'] = None
    elif element_hint:
        if element_hint.startswith('DE') and element_hint in elements_by_code:
            col['element'] = element_hint
        elif element_hint in elements_by_name:
            col['element'] = elements_by_name[element_hint]
        else:
            raise BuildError(f'{where}: element {element_hint!r} is not a WS 363 data element in the source')
    elif col['nameZh'] in elements_by_name:
        col['element'] = elements_by_name[col['nameZh']]
    return col


def parse_columns(text, elements_by_name, elements_by_code, library, where):
    cols = []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if line:
            cols.append(parse_column_line(line, elements_by_name, elements_by_code, library, where))
    return cols


def build_library(elements_by_name, elements_by_code):
    library = OrderedDict()
    for raw in LIBRARY_TEXT.strip().splitlines():
        col = parse_column_line(raw.strip(), elements_by_name, elements_by_code, where='library')
        library[col['name']] = col
    return library


def build_tables(elements_by_name, elements_by_code, frozen):
    library = build_library(elements_by_name, elements_by_code)
    tables = []
    for t in TABLES:
        cols = parse_columns(t['cols'], elements_by_name, elements_by_code, library, t['code'])
        table = OrderedDict(code=t['code'], nameZh=t['zh'], nameEn=t['en'], category=t['cat'],
                            requiredFor=[k for k, letter in (('hospital', 'H'), ('district', 'D')) if letter in t['req']],
                            businessKey=t['bk'], eventTime=t['et'], documentTypes=t['docs'])
        if t['roles']:
            table['roles'] = t['roles']
        if t['rt']:
            table['realtime'] = OrderedDict(form=t['rt'][0], latency=t['rt'][1])
        checks = table_checks(t['code'], t['et'], cols)
        if checks:
            table['checks'] = checks
        table['columns'] = cols
        table['_vendor'] = t['vendor']
        tables.append(table)
        if t['code'] == 'outpatient_registration':
            tables.append(frozen)
    return tables, library


def table_checks(code, event_time, cols):
    """The table's cross-field checks: birth_date not after the event time where the table has one, then CHECKS."""
    names = {c['name']: c for c in cols}
    checks = []
    birth = names.get(BIRTH_DATE_CHECK)
    if birth and birth['type'] == 'date' and event_time != BIRTH_DATE_CHECK:
        checks.append(OrderedDict(rule='not_after', column=BIRTH_DATE_CHECK, reference=event_time))
    for rule, column, reference in CHECKS.get(code, []):
        checks.append(OrderedDict(rule=rule, column=column, reference=reference))
    return checks


def load_frozen(path):
    with open(path, encoding='utf-8') as f:
        raw = yaml.safe_load(f)['tables'][0]
    table = OrderedDict()
    for key in ('code', 'nameZh', 'nameEn', 'category', 'requiredFor', 'businessKey', 'eventTime', 'documentTypes',
                'roles', 'realtime'):
        if key in raw:
            table[key] = raw[key]
    table['realtime'] = OrderedDict(form=raw['realtime']['form'], latency=raw['realtime']['latency'])
    table['columns'] = []
    for c in raw['columns']:
        table['columns'].append(OrderedDict(name=c['name'], element=c.get('element'), nameZh=c['nameZh'],
                                            nameEn=c['nameEn'], type=c['type'], required=c['required'],
                                            valueSet=c.get('valueSet'), personal=c.get('personal', 'none')))
    table['_vendor'] = ['DC_MJZBL_MJZBL', 'DC_BLGY_WSSJZY']
    table['_frozen'] = True
    return table


# ===================================================================================================
# YAML writing (hand-rolled so that every column stays on one line)
# ===================================================================================================
_PLAIN_UNSAFE = re.compile(r'[,\[\]{}#&*!|>\'"%@`]|: |:$|^[-?:]( |$)|^\s|\s$')
_YAML_SPECIAL = re.compile(r'^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N'
                           r'|[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)'
                           r'|0x[0-9a-fA-F_]+|0o?[0-7_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?'
                           r'|\d{4}-\d{1,2}-\d{1,2}(?:[Tt ].*)?)$')


def scalar(value, force_quote=False):
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if isinstance(value, int):
        return str(value)
    s = str(value)
    if force_quote or s == '' or _PLAIN_UNSAFE.search(s) or _YAML_SPECIAL.match(s):
        return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
    return s


def flow_list(items):
    return '[' + ', '.join(scalar(i) for i in items) + ']'


def column_line(col):
    parts = [f"name: {col['name']}"]
    if col.get('element'):
        parts.append(f"element: {col['element']}")
    parts += [f"nameZh: {scalar(col['nameZh'])}", f"nameEn: {scalar(col['nameEn'])}",
              f"type: {scalar(col['type'], force_quote=',' in col['type'])}",
              f"required: {scalar(bool(col['required']))}"]
    if col.get('valueSet'):
        parts.append(f"valueSet: {col['valueSet']}")
    parts.append(f"personal: {col['personal']}")
    return '{ ' + ', '.join(parts) + ' }'


def provenance_comment(table, doc_types):
    bits = []
    if table['documentTypes']:
        bits.append('WS/T 500 ' + ', '.join(f"{d} {doc_types[d]['title']}" for d in table['documentTypes']))
    if table.get('_vendor'):
        bits.append('vendor ' + ' '.join(table['_vendor']))
    if table.get('_frozen'):
        bits.append('frozen: copied unchanged from the bootstrap catalogue')
    return '  # ' + '; '.join(bits) if bits else None


def write_catalogue(path, meta, tables, doc_types):
    realtime_count = sum(1 for t in tables if t.get('realtime'))
    lines = [
        '# Generated by tools/catalogue/build_catalogue.py; do not edit by hand. See docs/catalogue.md.',
        f"id: {meta['id']}",
        f"version: \"{meta['version']}\"",
        f"kind: {meta['kind']}",
        f"nameZh: {scalar(meta['nameZh'])}",
        f"nameEn: {scalar(meta['nameEn'])}",
        f"requiredTables: {len(tables)}",
        f"realtimeForms: {realtime_count}",
        'sources:',
    ]
    lines += [f'  - {scalar(s)}' for s in meta['sources']]
    lines.append('tables:')
    for t in tables:
        comment = provenance_comment(t, doc_types)
        if comment:
            lines.append(comment)
        lines.append(f"  - code: {t['code']}")
        lines.append(f"    nameZh: {scalar(t['nameZh'])}")
        lines.append(f"    nameEn: {scalar(t['nameEn'])}")
        lines.append(f"    category: {scalar(t['category'])}")
        lines.append(f"    requiredFor: {flow_list(t['requiredFor'])}")
        lines.append(f"    businessKey: {flow_list(t['businessKey'])}")
        lines.append(f"    eventTime: {t['eventTime']}")
        lines.append(f"    documentTypes: {flow_list(t['documentTypes'])}")
        if t.get('roles'):
            lines.append(f"    roles: {flow_list(t['roles'])}")
        if t.get('realtime'):
            lines.append(f"    realtime: {{ form: {t['realtime']['form']}, latency: {t['realtime']['latency']} }}")
        if t.get('checks'):
            lines.append('    checks:')
            for ch in t['checks']:
                lines.append(f"      - {{ rule: {ch['rule']}, column: {ch['column']}, reference: {ch['reference']} }}")
        lines.append('    columns:')
        for c in t['columns']:
            lines.append('      - ' + column_line(c))
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


def write_value_set(path, vs):
    lines = ['# Generated by tools/catalogue/build_catalogue.py; do not edit by hand. See docs/catalogue.md.',
             f"id: {vs['id']}", f"nameZh: {scalar(vs['nameZh'])}", f"nameEn: {scalar(vs['nameEn'])}",
             f"source: {scalar(vs['source'])}"]
    if vs.get('oid'):
        lines.append(f"oid: {scalar(vs['oid'])}")
    if vs.get('pattern'):
        lines.append("pattern: '" + vs['pattern'].replace("'", "''") + "'")
    if vs.get('codes'):
        lines.append('codes:')
        for c in vs['codes']:
            lines.append(f"  - {{ code: {scalar(c['code'], force_quote=True)}, zh: {scalar(c['zh'])}, en: {scalar(c['en'])} }}")
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


# ===================================================================================================
# Self-check
# ===================================================================================================
def type_ok(t):
    m = TYPE_RE.match(t)
    if not m:
        return False
    if m.group(3):
        p, s = int(m.group(3)), int(m.group(4))
        return 0 < p <= 38 and s <= p
    if m.group(2):
        return int(m.group(2)) > 0
    return True


def strip_private(table):
    return {k: v for k, v in table.items() if not k.startswith('_')}


def self_check(catalogues, value_sets, elements_by_code, doc_types, vendor_tables, frozen):
    errors, warnings = [], []
    err, warn = errors.append, warnings.append
    referenced = set()

    for vid, vs in value_sets.items():
        if not NAME_RE.match(vid):
            err(f'value set id {vid!r} is not a valid file name')
        if 'pattern' in vs:
            try:
                re.compile(vs['pattern'])
            except re.error as e:
                err(f'value set {vid}: pattern does not compile: {e}')
        codes = [c['code'] for c in vs.get('codes', [])]
        if not codes and 'pattern' not in vs:
            err(f'value set {vid} has neither codes nor a pattern')
        for code, n in Counter(codes).items():
            if n > 1:
                err(f'value set {vid}: code {code!r} repeated')

    by_code_everywhere = {}
    for kind, (meta, tables) in catalogues.items():
        where = f'[{kind}]'
        if len(tables) != meta['count']:
            err(f"{where} {len(tables)} tables, expected {meta['count']}")
        codes = [t['code'] for t in tables]
        for code, n in Counter(codes).items():
            if n > 1:
                err(f'{where} table code {code} defined {n} times')
        forms = []
        for t in tables:
            tw = f"{where} {t['code']}"
            if not CODE_RE.match(t['code']):
                err(f'{tw}: table code does not match ^[a-z][a-z0-9_]{{1,40}}$')
            if kind not in t['requiredFor']:
                err(f'{tw}: requiredFor {t["requiredFor"]} does not include {kind}')
            cols = OrderedDict()
            for c in t['columns']:
                cw = f"{tw}.{c['name']}"
                if c['name'] in cols:
                    err(f'{cw}: column defined twice')
                cols[c['name']] = c
                if not NAME_RE.match(c['name']):
                    err(f'{cw}: invalid column name')
                if c['name'] in RESERVED:
                    err(f'{cw}: reserved system column name')
                if not type_ok(c['type']):
                    err(f"{cw}: bad type {c['type']!r}")
                if c['personal'] not in PERSONAL:
                    err(f"{cw}: bad personal class {c['personal']!r}")
                if not isinstance(c['required'], bool):
                    err(f'{cw}: required must be a boolean')
                if c.get('element') and c['element'] not in elements_by_code:
                    err(f"{cw}: element {c['element']} is not in the WS 363 source")
                if c.get('valueSet'):
                    referenced.add(c['valueSet'])
                    vs = value_sets.get(c['valueSet'])
                    if vs is None:
                        err(f"{cw}: value set {c['valueSet']} does not exist")
                    elif not c['type'].startswith('code('):
                        err(f"{cw}: value set on a non-code column ({c['type']})")
                    elif vs.get('codes'):
                        width = int(c['type'][5:-1])
                        longest = max(len(x['code']) for x in vs['codes'])
                        if longest > width:
                            err(f"{cw}: {c['type']} is shorter than the longest code ({longest}) of {vs['id']}")
                elif c['type'].startswith('code(') and not t.get('_frozen'):
                    warn(f'{cw}: code column without a value set')
            if len(cols) < 4:
                err(f'{tw}: only {len(cols)} columns')
            if len(cols) > 60:
                warn(f'{tw}: {len(cols)} columns')
            if not t['businessKey']:
                err(f'{tw}: empty businessKey')
            for k in t['businessKey']:
                if k not in cols:
                    err(f'{tw}: businessKey column {k} missing')
                elif not cols[k]['required']:
                    err(f'{tw}: businessKey column {k} is not required')
            et = cols.get(t['eventTime'])
            if et is None:
                err(f"{tw}: eventTime column {t['eventTime']} missing")
            elif et['type'] not in ('date', 'datetime') or not et['required']:
                err(f"{tw}: eventTime column {t['eventTime']} must be a required date or datetime")
            for d in t['documentTypes']:
                if d not in doc_types:
                    err(f'{tw}: unknown WS/T 500 document type {d}')
            for v in t.get('_vendor', []):
                if v not in vendor_tables:
                    err(f'{tw}: vendor table {v} is not in the hic-demo source')
            if t.get('realtime'):
                rt = t['realtime']
                forms.append(rt['form'])
                if not ISO_DURATION.match(rt['latency']) or rt['latency'] in ('P', 'PT'):
                    err(f"{tw}: latency {rt['latency']} is not an ISO 8601 duration")
            seen_checks = set()
            for ch in t.get('checks', []):
                key = (ch['rule'], ch['column'], ch['reference'])
                if ch['rule'] not in CHECK_RULES:
                    err(f"{tw}: check rule {ch['rule']!r} is not one of {CHECK_RULES}")
                if ch['column'] == ch['reference']:
                    err(f"{tw}: check compares {ch['column']} with itself")
                if key in seen_checks:
                    err(f'{tw}: check {key} listed twice')
                seen_checks.add(key)
                for name in (ch['column'], ch['reference']):
                    if name not in cols:
                        err(f'{tw}: check column {name} missing')
                    elif cols[name]['type'] not in ('date', 'datetime'):
                        err(f"{tw}: check column {name} is {cols[name]['type']}, not a date or datetime")
            if 'patient_name' in cols and cols['patient_name']['personal'] != 'name':
                err(f'{tw}: patient_name must be personal name')
            for c in cols.values():
                if c['name'] in ('id_no',) and c['personal'] != 'national_id':
                    err(f'{tw}: id_no must be personal national_id')
            prev = by_code_everywhere.get(t['code'])
            if prev is None:
                by_code_everywhere[t['code']] = t
            elif json.dumps(strip_private(prev), ensure_ascii=False) != json.dumps(strip_private(t), ensure_ascii=False):
                err(f"{tw}: shared table differs between catalogues")
        if sorted(forms) != list(range(1, 12)):
            err(f'{where} realtime forms are {sorted(forms)}, expected exactly 1..11')
        for role, (table_code, kinds) in ROLE_TABLES.items():
            holders = [t['code'] for t in tables if role in t.get('roles', [])]
            if kind in kinds:
                if holders != [table_code]:
                    err(f'{where} role {role} held by {holders}, expected [{table_code}]')
            elif holders:
                err(f'{where} role {role} must not appear, held by {holders}')
        tmap = {t['code']: t for t in tables}
        disc = tmap.get('inpatient_discharge')
        if disc:
            dcols = {c['name']: c for c in disc['columns']}
            if disc['eventTime'] != 'discharge_time':
                err(f'{where} inpatient_discharge eventTime must be discharge_time')
            if dcols.get('admission_time', {}).get('type') != 'datetime':
                err(f'{where} inpatient_discharge needs an admission_time datetime column')
        if kind == 'district':
            for code in HEALTH_RECORD_ROLE_TABLES:
                hcols = {c['name']: c for c in tmap[code]['columns']}
                if 'record_no' not in hcols or not hcols['record_no']['required']:
                    err(f'{where} {code} needs a required record_no column')
                if 'id_no' not in hcols:
                    err(f'{where} {code} needs an id_no column')
            if tmap['hr_person_basic']['businessKey'] != ['record_no']:
                err(f'{where} hr_person_basic businessKey must be [record_no]')
        if kind == 'hospital':
            fed = {d for t in tables for d in t['documentTypes']}
            for d in REQUIRED_DOCUMENT_TYPES:
                if d not in fed:
                    err(f'{where} WS/T 500 document type {d} feeds no table')
        ov = tmap.get('outpatient_visit')
        if ov is None or strip_private(ov) != strip_private(frozen):
            err(f'{where} outpatient_visit differs from the frozen bootstrap definition')

    for code in CHECKS:
        if code not in by_code_everywhere:
            err(f'CHECKS names table {code}, which no catalogue has')
    for vid in value_sets:
        if vid not in referenced:
            warn(f'value set {vid} is not referenced by any column')
    return errors, warnings


def check_written(path, meta, tables):
    with open(path, encoding='utf-8') as f:
        data = yaml.safe_load(f)
    problems = []
    if data['requiredTables'] != len(data['tables']) or len(data['tables']) != meta['count']:
        problems.append(f'{path}: requiredTables/table count mismatch')
    if data['realtimeForms'] != sum(1 for t in data['tables'] if 'realtime' in t):
        problems.append(f'{path}: realtimeForms mismatch')
    for t_written, t in zip(data['tables'], tables):
        if t_written['code'] != t['code']:
            problems.append(f"{path}: table order differs at {t['code']}")
            continue
        for cw, c in zip(t_written['columns'], t['columns']):
            expected = {k: v for k, v in c.items() if v is not None}
            if cw != expected:
                problems.append(f"{path}: {t['code']}.{c['name']} reads back as {cw}")
        if len(t_written['columns']) != len(t['columns']):
            problems.append(f"{path}: {t['code']} column count differs on read-back")
        for key in ('businessKey', 'eventTime', 'documentTypes', 'requiredFor', 'category', 'nameZh', 'nameEn'):
            if t_written[key] != t[key]:
                problems.append(f"{path}: {t['code']}.{key} reads back differently")
        if t_written.get('realtime') != (dict(t['realtime']) if t.get('realtime') else None):
            problems.append(f"{path}: {t['code']}.realtime reads back differently")
        if t_written.get('roles') != t.get('roles'):
            problems.append(f"{path}: {t['code']}.roles reads back differently")
        if t_written.get('checks') != ([dict(ch) for ch in t['checks']] if t.get('checks') else None):
            problems.append(f"{path}: {t['code']}.checks reads back differently")
    return problems


def check_written_value_set(path, vs):
    with open(path, encoding='utf-8') as f:
        data = yaml.safe_load(f)
    expected = {k: v for k, v in vs.items()}
    if 'codes' in expected:
        expected['codes'] = [dict(c) for c in expected['codes']]
    return [] if data == expected else [f'{path}: reads back differently']


def doc_index(catalogues, value_sets, doc_types):
    """Markdown appendices for docs/catalogue.md: every table and every value set."""
    out = []
    for kind, (meta, tables) in catalogues.items():
        out.append(f"### {meta['id']} ({len(tables)} tables)\n")
        out.append('| # | code | 中文名 | category | shared | WS/T 500 | business key | event time | real-time | cols |')
        out.append('|---|---|---|---|---|---|---|---|---|---|')
        for i, t in enumerate(tables, 1):
            rt = f"form {t['realtime']['form']}, {t['realtime']['latency']}" if t.get('realtime') else ''
            out.append(f"| {i} | `{t['code']}` | {t['nameZh']} | {t['category']} | {'yes' if len(t['requiredFor']) == 2 else ''} | "
                       f"{' '.join(t['documentTypes'])} | {', '.join(t['businessKey'])} | {t['eventTime']} | {rt} | {len(t['columns'])} |")
        out.append('')
    out.append(f'### Value sets ({len(value_sets)})\n')
    out.append('| id | 中文名 | codes | source |')
    out.append('|---|---|---|---|')
    for vs in value_sets.values():
        size = f"{len(vs['codes'])}" if vs.get('codes') else 'pattern'
        out.append(f"| `{vs['id']}` | {vs['nameZh']} | {size} | {vs['source'].replace('|', '/')} |")
    return '\n'.join(out) + '\n'


# ===================================================================================================
# Main
# ===================================================================================================
def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--sources', default=DEFAULT_SOURCES)
    ap.add_argument('--repo', default=REPO)
    ap.add_argument('--check-only', action='store_true', help='build and check, write nothing')
    ap.add_argument('--verbose', action='store_true')
    ap.add_argument('--doc-index', action='store_true', help='print the markdown appendices of docs/catalogue.md')
    args = ap.parse_args(argv)

    elements_by_name, elements_by_code = load_elements(os.path.join(args.sources, 'ws363_like_data_elements_zhtool_MyBat.csv'))
    doc_types = load_document_types(os.path.join(args.sources, 'wst500_document_types.csv'))
    vendor_tables = load_vendor_tables(os.path.join(args.sources, 'hic-demo_HDW_interop_tables_columns.tsv'))
    value_sets = parse_value_sets(VALUE_SETS_TEXT)
    frozen = load_frozen(os.path.join(HERE, 'frozen_outpatient_visit.yaml'))
    tables, _ = build_tables(elements_by_name, elements_by_code, frozen)

    catalogues = OrderedDict()
    for kind, meta in CATALOGUES.items():
        catalogues[kind] = (meta, [t for t in tables if kind in t['requiredFor']])

    errors, warnings = self_check(catalogues, value_sets, elements_by_code, doc_types, vendor_tables, frozen)
    if args.verbose:
        for w in warnings:
            print('warning:', w)
    if args.doc_index:
        print(doc_index(catalogues, value_sets, doc_types))
        return 1 if errors else 0

    if not errors and not args.check_only:
        cat_dir = os.path.join(args.repo, 'schemas', 'catalogue')
        vs_dir = os.path.join(args.repo, 'schemas', 'valuesets')
        os.makedirs(cat_dir, exist_ok=True)
        os.makedirs(vs_dir, exist_ok=True)
        for kind, (meta, ts) in catalogues.items():
            path = os.path.join(cat_dir, f'{kind}.yaml')
            write_catalogue(path, meta, ts, doc_types)
            errors += check_written(path, meta, ts)
        for other in sorted(os.listdir(vs_dir)):
            if other.endswith('.yaml') and other[:-5] not in value_sets:
                print(f'note: schemas/valuesets/{other} is not generated by this script (left untouched)')
        for vid, vs in value_sets.items():
            path = os.path.join(vs_dir, f'{vid}.yaml')
            write_value_set(path, vs)
            errors += check_written_value_set(path, vs)

    for kind, (meta, ts) in catalogues.items():
        rt = sorted((t['realtime']['form'], t['code'], t['realtime']['latency']) for t in ts if t.get('realtime'))
        shared = sum(1 for t in ts if len(t['requiredFor']) == 2)
        ncols = sum(len(t['columns']) for t in ts)
        print(f"{meta['id']}: {len(ts)} tables ({shared} shared), {ncols} columns, "
              f"{len(rt)} real-time forms: " + ', '.join(f'{f}={c}({l})' for f, c, l in rt))
    print(f'{len(value_sets)} value sets; {len(warnings)} warnings (--verbose lists them)')
    if errors:
        for e in errors:
            print('ERROR:', e, file=sys.stderr)
        print(f'self-check FAILED with {len(errors)} errors', file=sys.stderr)
        return 1
    print('self-check passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
