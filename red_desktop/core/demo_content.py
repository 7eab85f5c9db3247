"""Realistic content for the deterministic demo portfolio (regions, names, narratives) in Spanish, Portuguese and English."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoRegion:
    country: str
    region_name: str
    region_kind: str
    region_type: str
    language: str
    sectors: tuple[str, ...]
    latitude: float
    longitude: float


REGIONS: tuple[DemoRegion, ...] = (
    # --- Peru -------------------------------------------------------------
    DemoRegion(
        "PE",
        "Valle del Mantaro, Junín",
        "valley",
        "emerging",
        "es",
        ("papa nativa", "maca y granos andinos", "lácteos", "trucha", "turismo rural"),
        -12.07,
        -75.21,
    ),
    DemoRegion(
        "PE",
        "Lima Norte",
        "metropolitan_area",
        "emerging",
        "es",
        ("confecciones", "metalmecánica", "fabricación de muebles", "comercio mayorista"),
        -11.95,
        -77.06,
    ),
    DemoRegion(
        "PE",
        "La Convención, Cusco",
        "rural_area",
        "marginalized",
        "es",
        ("café", "cacao", "achiote", "turismo de naturaleza"),
        -12.86,
        -72.69,
    ),
    DemoRegion(
        "PE",
        "Cajamarca",
        "province",
        "declining",
        "es",
        ("minería aurífera", "lácteos y quesos", "café", "crianza de cuyes"),
        -6.20,
        -78.60,
    ),
    # --- Colombia ---------------------------------------------------------
    DemoRegion(
        "CO",
        "Medellín y el Valle de Aburrá",
        "metropolitan_area",
        "emerging",
        "es",
        ("textil y confección", "software y servicios de TI", "energía eléctrica", "turismo de negocios"),
        6.25,
        -75.57,
    ),
    DemoRegion(
        "CO",
        "Manizales, Pereira y Armenia (Eje Cafetero)",
        "city_group",
        "declining",
        "es",
        ("café especial", "metalmecánica", "turismo cultural cafetero", "servicios de BPO"),
        4.85,
        -75.62,
    ),
    DemoRegion(
        "CO",
        "Montes de María, Bolívar y Sucre",
        "rural_area",
        "marginalized",
        "es",
        ("aguacate", "cacao", "ñame", "apicultura"),
        9.72,
        -75.12,
    ),
    DemoRegion(
        "CO",
        "Cauca",
        "province",
        "marginalized",
        "es",
        ("café especial", "caña panelera", "fique", "quinua"),
        2.40,
        -76.80,
    ),
    DemoRegion(
        "CO",
        "Urabá, Antioquia",
        "rural_area",
        "emerging",
        "es",
        ("banano de exportación", "plátano", "logística portuaria", "cacao"),
        7.88,
        -76.63,
    ),
    # --- Brazil -----------------------------------------------------------
    DemoRegion(
        "BR",
        "Região Metropolitana do Recife (PE)",
        "metropolitan_area",
        "emerging",
        "pt",
        ("tecnologia da informação", "indústria naval e petroquímica", "economia criativa", "logística portuária"),
        -8.05,
        -34.93,
    ),
    DemoRegion(
        "BR",
        "Vale do São Francisco (Petrolina–Juazeiro)",
        "valley",
        "emerging",
        "pt",
        ("fruticultura irrigada", "vitivinicultura", "agroindústria de polpas", "logística de cadeia fria"),
        -9.39,
        -40.50,
    ),
    DemoRegion(
        "BR",
        "Sertão do Pajeú (PE)",
        "rural_area",
        "marginalized",
        "pt",
        ("caprinovinocultura", "apicultura", "bovinocultura de leite", "artesanato"),
        -7.80,
        -37.70,
    ),
    DemoRegion(
        "BR",
        "Grande ABC (SP)",
        "city_group",
        "declining",
        "pt",
        ("indústria automotiva", "autopeças", "química e petroquímica", "transformação de plásticos"),
        -23.66,
        -46.53,
    ),
    DemoRegion(
        "BR",
        "Vale do Jequitinhonha (MG)",
        "valley",
        "marginalized",
        "pt",
        ("artesanato em cerâmica", "cachaça de alambique", "café", "gemas e pedras coradas"),
        -16.85,
        -42.07,
    ),
    DemoRegion(
        "BR",
        "Serra Gaúcha (RS)",
        "city_group",
        "emerging",
        "pt",
        ("vitivinicultura", "metalmecânica", "indústria moveleira", "enoturismo"),
        -29.17,
        -51.18,
    ),
    DemoRegion(
        "BR",
        "Estado do Acre",
        "province",
        "marginalized",
        "pt",
        ("castanha-do-brasil", "açaí", "manejo florestal madeireiro", "piscicultura"),
        -9.02,
        -70.81,
    ),
    DemoRegion(
        "BR",
        "Região Metropolitana de Manaus (AM)",
        "metropolitan_area",
        "emerging",
        "pt",
        ("eletroeletrônicos", "polo de duas rodas", "bioeconomia amazônica", "turismo"),
        -3.10,
        -60.02,
    ),
    DemoRegion(
        "BR",
        "Vale do Ribeira (SP)",
        "valley",
        "marginalized",
        "pt",
        ("bananicultura", "palmito pupunha", "chá", "turismo de natureza"),
        -24.49,
        -47.84,
    ),
    DemoRegion(
        "BR",
        "Estado de Sergipe",
        "province",
        "declining",
        "pt",
        ("petróleo e gás", "citricultura", "fertilizantes", "turismo de sol e praia"),
        -10.57,
        -37.45,
    ),
    DemoRegion(
        "BR",
        "Região Carbonífera de Santa Catarina",
        "city_group",
        "declining",
        "pt",
        ("mineração de carvão", "cerâmica de revestimento", "vestuário", "descartáveis plásticos"),
        -28.68,
        -49.37,
    ),
    DemoRegion(
        "BR",
        "Quadrilátero Ferrífero (MG)",
        "city_group",
        "declining",
        "pt",
        ("mineração de ferro", "siderurgia", "turismo histórico", "metalurgia"),
        -20.10,
        -43.60,
    ),
    DemoRegion(
        "BR",
        "Cariri Cearense (CE)",
        "city_group",
        "emerging",
        "pt",
        ("calçados", "joias folheadas", "turismo religioso", "artesanato"),
        -7.22,
        -39.32,
    ),
    # --- Mexico -----------------------------------------------------------
    DemoRegion(
        "MX",
        "Monterrey y su zona metropolitana, Nuevo León",
        "metropolitan_area",
        "emerging",
        "es",
        ("industria automotriz y autopartes", "electrodomésticos", "acero", "servicios de TI"),
        25.67,
        -100.31,
    ),
    DemoRegion(
        "MX",
        "Valles Centrales de Oaxaca",
        "valley",
        "marginalized",
        "es",
        ("mezcal", "textiles de lana", "alfarería de barro negro", "turismo cultural"),
        16.95,
        -96.70,
    ),
    DemoRegion(
        "MX",
        "Torreón, Gómez Palacio y Lerdo (Comarca Lagunera)",
        "city_group",
        "declining",
        "es",
        ("lácteos", "metalurgia", "confección de mezclilla", "nuez pecanera"),
        25.55,
        -103.45,
    ),
    DemoRegion(
        "MX",
        "La Montaña, Guerrero",
        "rural_area",
        "marginalized",
        "es",
        ("café", "mezcal", "artesanía de palma", "maíz nativo"),
        17.55,
        -98.58,
    ),
    DemoRegion(
        "MX",
        "Campeche",
        "province",
        "declining",
        "es",
        ("servicios petroleros", "pesca de camarón", "apicultura", "turismo arqueológico"),
        18.84,
        -90.40,
    ),
    # --- Chile ------------------------------------------------------------
    DemoRegion(
        "CL",
        "Antofagasta",
        "province",
        "emerging",
        "es",
        ("minería del cobre", "litio", "energía solar", "servicios a la minería"),
        -23.80,
        -69.30,
    ),
    DemoRegion(
        "CL",
        "Valle de Colchagua, O'Higgins",
        "valley",
        "emerging",
        "es",
        ("vino", "enoturismo", "fruta de exportación", "agroindustria"),
        -34.64,
        -71.36,
    ),
    DemoRegion(
        "CL",
        "Valparaíso y Viña del Mar (Gran Valparaíso)",
        "metropolitan_area",
        "declining",
        "es",
        ("actividad portuaria", "turismo", "industrias creativas", "educación superior"),
        -33.04,
        -71.55,
    ),
    DemoRegion(
        "CL",
        "Arauco, Biobío",
        "province",
        "declining",
        "es",
        ("forestal y celulosa", "pesca artesanal", "minería del carbón", "turismo costero"),
        -37.60,
        -73.45,
    ),
    DemoRegion(
        "CL",
        "Chiloé, Los Lagos",
        "rural_area",
        "emerging",
        "es",
        ("salmonicultura", "mitilicultura", "papa nativa", "turismo de intereses especiales"),
        -42.60,
        -73.90,
    ),
    # --- Argentina --------------------------------------------------------
    DemoRegion(
        "AR",
        "Valle de Uco, Mendoza",
        "valley",
        "emerging",
        "es",
        ("vitivinicultura", "frutas de carozo", "enoturismo", "ajo"),
        -33.60,
        -69.20,
    ),
    DemoRegion(
        "AR",
        "Gran Rosario, Santa Fe",
        "metropolitan_area",
        "emerging",
        "es",
        ("agroindustria oleaginosa", "maquinaria agrícola", "logística portuaria", "biotecnología"),
        -32.95,
        -60.65,
    ),
    DemoRegion(
        "AR",
        "Jujuy",
        "province",
        "marginalized",
        "es",
        ("litio", "tabaco", "caña de azúcar", "turismo"),
        -23.20,
        -65.70,
    ),
    DemoRegion(
        "AR",
        "Alto Valle de Río Negro y Neuquén",
        "valley",
        "declining",
        "es",
        ("fruticultura de pepita", "empaque y frigoríficos", "servicios petroleros", "vitivinicultura"),
        -39.03,
        -67.58,
    ),
    # --- Ecuador ----------------------------------------------------------
    DemoRegion(
        "EC",
        "Manabí",
        "province",
        "declining",
        "es",
        ("atún y procesamiento pesquero", "cacao fino de aroma", "café", "turismo de playa"),
        -1.05,
        -80.45,
    ),
    DemoRegion(
        "EC",
        "Cuenca, Azogues y Gualaceo",
        "city_group",
        "emerging",
        "es",
        ("sombrero de paja toquilla", "cerámica", "muebles", "joyería"),
        -2.85,
        -78.90,
    ),
    DemoRegion(
        "EC",
        "Valle del Chota, Imbabura",
        "valley",
        "marginalized",
        "es",
        ("caña de azúcar", "frutales y hortalizas", "turismo afroecuatoriano", "artesanía"),
        0.48,
        -78.07,
    ),
    # --- Bolivia ----------------------------------------------------------
    DemoRegion(
        "BO",
        "Trópico de Cochabamba",
        "rural_area",
        "marginalized",
        "es",
        ("banano", "palmito", "piña", "turismo de naturaleza"),
        -16.95,
        -65.30,
    ),
    DemoRegion(
        "BO",
        "Santa Cruz de la Sierra y su área metropolitana",
        "metropolitan_area",
        "emerging",
        "es",
        ("agroindustria de soya", "alimentos procesados", "industria de la madera", "logística"),
        -17.78,
        -63.18,
    ),
    DemoRegion(
        "BO",
        "Potosí",
        "province",
        "declining",
        "es",
        ("minería de plata, estaño y zinc", "quinua real", "camélidos", "turismo"),
        -20.40,
        -66.80,
    ),
    # --- Paraguay ---------------------------------------------------------
    DemoRegion(
        "PY", "Itapúa", "province", "emerging", "es", ("soja", "yerba mate", "turismo", "agroindustria"), -26.85, -55.85
    ),
    DemoRegion(
        "PY",
        "Chaco Central, Boquerón",
        "rural_area",
        "emerging",
        "es",
        ("lácteos", "carne bovina", "maní", "sésamo"),
        -22.35,
        -60.03,
    ),
    # --- Uruguay ----------------------------------------------------------
    DemoRegion(
        "UY",
        "Rivera, Tranqueras y Vichadero",
        "city_group",
        "declining",
        "es",
        ("comercio fronterizo", "forestación y madera", "ganadería", "turismo de compras"),
        -31.20,
        -55.30,
    ),
    DemoRegion(
        "UY",
        "Paysandú",
        "province",
        "declining",
        "es",
        ("frigoríficos", "cerveza y malta", "citricultura", "lácteos"),
        -32.10,
        -57.30,
    ),
    # --- Guatemala --------------------------------------------------------
    DemoRegion(
        "GT",
        "Altiplano Occidental (Quetzaltenango, Totonicapán y San Marcos)",
        "rural_area",
        "marginalized",
        "es",
        ("textiles mayas", "café", "hortalizas de exportación", "turismo comunitario"),
        14.95,
        -91.55,
    ),
    DemoRegion(
        "GT",
        "Ciudad de Guatemala y municipios conurbados",
        "metropolitan_area",
        "emerging",
        "es",
        ("contact centers y BPO", "confección de vestuario", "alimentos procesados", "logística"),
        14.63,
        -90.51,
    ),
    # --- Honduras ---------------------------------------------------------
    DemoRegion(
        "HN",
        "Valle de Sula, Cortés",
        "valley",
        "emerging",
        "es",
        ("maquila textil", "agroindustria azucarera", "palma aceitera", "logística portuaria"),
        15.50,
        -88.03,
    ),
    DemoRegion(
        "HN",
        "Occidente de Honduras (Copán, Ocotepeque y Lempira)",
        "rural_area",
        "marginalized",
        "es",
        ("café especial", "turismo arqueológico", "granos básicos", "artesanía de barro"),
        14.60,
        -88.80,
    ),
    # --- El Salvador ------------------------------------------------------
    DemoRegion(
        "SV",
        "Chalatenango",
        "province",
        "marginalized",
        "es",
        ("café", "hortalizas", "lácteos artesanales", "turismo rural"),
        14.15,
        -89.00,
    ),
    DemoRegion(
        "SV",
        "San Salvador y su área metropolitana",
        "metropolitan_area",
        "emerging",
        "es",
        ("servicios de BPO", "confección textil", "alimentos y bebidas", "comercio"),
        13.70,
        -89.20,
    ),
    # --- Nicaragua --------------------------------------------------------
    DemoRegion(
        "NI",
        "Estelí, Ocotal y Somoto (Las Segovias)",
        "city_group",
        "emerging",
        "es",
        ("tabaco y puros", "café", "hortalizas", "ganadería"),
        13.40,
        -86.45,
    ),
    # --- Costa Rica -------------------------------------------------------
    DemoRegion(
        "CR",
        "San Carlos, Los Chiles y Upala (Huetar Norte)",
        "rural_area",
        "emerging",
        "es",
        ("piña", "lácteos", "raíces y tubérculos", "turismo de aventura"),
        10.60,
        -84.40,
    ),
    DemoRegion(
        "CR",
        "Limón",
        "province",
        "marginalized",
        "es",
        ("banano", "logística portuaria", "turismo", "cacao"),
        10.00,
        -83.30,
    ),
    # --- Panama -----------------------------------------------------------
    DemoRegion(
        "PA",
        "Colón",
        "province",
        "declining",
        "es",
        ("logística y zona libre", "comercio mayorista", "turismo", "energía"),
        9.30,
        -79.90,
    ),
    DemoRegion(
        "PA",
        "Herrera y Los Santos (Península de Azuero)",
        "rural_area",
        "emerging",
        "es",
        ("ganadería", "caña de azúcar", "pesca", "turismo cultural"),
        7.75,
        -80.50,
    ),
    # --- Dominican Republic -----------------------------------------------
    DemoRegion(
        "DO",
        "Santiago y el Valle del Cibao",
        "valley",
        "emerging",
        "es",
        ("tabaco y cigarros", "cacao orgánico", "dispositivos médicos en zonas francas", "arroz"),
        19.45,
        -70.70,
    ),
    DemoRegion(
        "DO",
        "Barahona y Pedernales (región Enriquillo)",
        "rural_area",
        "marginalized",
        "es",
        ("café", "larimar", "pesca artesanal", "ecoturismo"),
        18.10,
        -71.30,
    ),
    # --- Jamaica ----------------------------------------------------------
    DemoRegion(
        "JM",
        "Greater Kingston",
        "metropolitan_area",
        "emerging",
        "en",
        ("business process outsourcing", "port logistics", "creative industries", "agro-processing"),
        17.99,
        -76.79,
    ),
    DemoRegion(
        "JM",
        "St. Elizabeth",
        "province",
        "declining",
        "en",
        ("vegetable farming", "bauxite and alumina", "fisheries", "community tourism"),
        18.07,
        -77.72,
    ),
    DemoRegion(
        "JM",
        "Portland and St. Thomas (Blue Mountains)",
        "rural_area",
        "marginalized",
        "en",
        ("Blue Mountain coffee", "ecotourism", "spices and condiments", "fisheries"),
        18.05,
        -76.50,
    ),
    # --- Trinidad and Tobago ----------------------------------------------
    DemoRegion(
        "TT",
        "Southern Trinidad (San Fernando, Point Lisas and Point Fortin)",
        "city_group",
        "declining",
        "en",
        ("oil and gas services", "petrochemicals", "light manufacturing", "cocoa"),
        10.28,
        -61.46,
    ),
    DemoRegion(
        "TT",
        "Tobago",
        "province",
        "emerging",
        "en",
        ("tourism", "fisheries", "cocoa", "agro-processing"),
        11.23,
        -60.67,
    ),
    # --- Guyana -----------------------------------------------------------
    DemoRegion(
        "GY",
        "East Berbice–Corentyne (Region Six)",
        "province",
        "declining",
        "en",
        ("sugar", "rice", "fisheries", "oil and gas supply services"),
        4.20,
        -57.70,
    ),
    DemoRegion(
        "GY",
        "Georgetown and East Bank Demerara",
        "metropolitan_area",
        "emerging",
        "en",
        ("oil and gas services", "construction", "agro-processing", "ICT services"),
        6.75,
        -58.17,
    ),
    DemoRegion(
        "GY",
        "Upper Takutu–Upper Essequibo (Region Nine)",
        "rural_area",
        "marginalized",
        "en",
        ("cattle ranching", "ecotourism", "peanuts and cassava", "Indigenous crafts"),
        2.70,
        -59.20,
    ),
    # --- Belize -----------------------------------------------------------
    DemoRegion(
        "BZ",
        "Toledo District",
        "province",
        "marginalized",
        "en",
        ("cacao", "rice", "ecotourism", "fisheries"),
        16.25,
        -89.00,
    ),
    DemoRegion(
        "BZ",
        "Cayo District",
        "province",
        "emerging",
        "en",
        ("citrus", "tourism", "cattle", "agro-processing"),
        17.05,
        -88.90,
    ),
)


SECTOR_FALLBACK: dict[str, tuple[str, ...]] = {
    "es": (
        "agroindustria",
        "turismo",
        "comercio minorista",
        "manufactura ligera",
        "servicios logísticos",
        "economía creativa",
    ),
    "pt": (
        "agroindústria",
        "turismo",
        "comércio varejista",
        "indústria de transformação leve",
        "serviços logísticos",
        "economia criativa",
    ),
    "en": (
        "agro-processing",
        "tourism",
        "retail trade",
        "light manufacturing",
        "logistics services",
        "creative industries",
    ),
}


TITLE_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "large_investments": (
            "Desarrollo de proveedores locales para las inversiones en {sector} en {region}",
            "{region}: encadenamiento de MIPYMES con grandes inversiones en {sector}",
            "Programa de valor compartido entre empresas ancla de {sector} y proveedores de {region}",
            "Empleo local y base de proveedores en torno a las inversiones en {sector} en {region}",
            "Diversificación productiva de {region} frente al ciclo de las grandes inversiones en {sector}",
        ),
        "innovation": (
            "Centro de innovación aplicada en {sector} para las MIPYMES de {region}",
            "Vouchers de innovación y transferencia tecnológica en {sector}: {region}",
            "{region} innova: alianza universidad–empresa para la mejora de procesos en {sector}",
            "Red regional de servicios tecnológicos para {sector} en {region}",
            "Transformación digital de las MIPYMES de {sector} en {region}",
        ),
        "urban_productive": (
            "Distrito productivo urbano de {sector} en {region}",
            "Reactivación económica de corredores comerciales y talleres de {sector} en {region}",
            "{region}: economía urbana inclusiva a partir de {sector}",
            "Parque empresarial y servicios compartidos para MIPYMES de {sector} en {region}",
            "Centro urbano de desarrollo empresarial para la formalización y el crecimiento de {sector} en {region}",
        ),
        "value_chains": (
            "Cadena de valor de {sector} en {region}: articulación de MIPYMES con compradores globales",
            "Encadenamientos productivos de {sector} de {region} con mercados nacionales e internacionales",
            "Calidad, trazabilidad y marca territorial para {sector} de {region}",
            "{region}: integración de productores de {sector} en cadenas de valor sostenibles",
            "Acopio, transformación y comercialización asociativa de {sector} en {region}",
        ),
    },
    "pt": {
        "large_investments": (
            "Desenvolvimento de fornecedores locais para grandes investimentos em {sector} – {region}",
            "{region}: encadeamento de pequenos negócios com empresas-âncora de {sector}",
            "Valor compartilhado entre empresas-âncora de {sector} e fornecedores locais – {region}",
            "Diversificação produtiva e emprego local diante dos grandes projetos de {sector} – {region}",
        ),
        "innovation": (
            "Centro de inovação aplicada em {sector} para micro e pequenas empresas – {region}",
            "{region} Inova: parceria universidade–empresa para processos de {sector}",
            "Bônus de inovação e extensão tecnológica em {sector} – {region}",
            "Transformação digital de pequenos negócios de {sector} – {region}",
        ),
        "urban_productive": (
            "Distrito produtivo urbano de {sector} – {region}",
            "{region}: revitalização econômica de centros comerciais e oficinas de {sector}",
            "Condomínio empresarial e serviços compartilhados para MPEs de {sector} – {region}",
            "Economia urbana inclusiva a partir de {sector} – {region}",
        ),
        "value_chains": (
            "Cadeia de valor de {sector} – {region}: articulação de pequenos produtores com compradores globais",
            "{region}: qualidade, rastreabilidade e marca territorial para {sector}",
            "Integração de produtores de {sector} a cadeias de valor sustentáveis – {region}",
            "Beneficiamento e comercialização cooperativa de {sector} – {region}",
        ),
    },
    "en": {
        "large_investments": (
            "Local supplier development for large investments in {sector} in {region}",
            "{region}: linking MSMEs to anchor companies in {sector}",
            "Shared value partnership between {sector} anchor firms and local suppliers in {region}",
            "Economic diversification and local employment around {sector} investments in {region}",
        ),
        "innovation": (
            "Applied innovation centre for {sector} MSMEs in {region}",
            "{region} Innovates: university–industry partnership for process upgrading in {sector}",
            "Innovation vouchers and technology extension services for {sector} in {region}",
            "Digital transformation of {sector} small businesses in {region}",
        ),
        "urban_productive": (
            "Urban productive district for {sector} in {region}",
            "Revitalising commercial corridors and {sector} workshops in {region}",
            "Shared business services hub for {sector} MSMEs in {region}",
            "{region}: an inclusive urban economy built on {sector}",
        ),
        "value_chains": (
            "Value chain development for {sector} in {region}: connecting small producers with global buyers",
            "Quality, traceability and a territorial brand for {sector} from {region}",
            "{region}: integrating {sector} producers into sustainable value chains",
            "Collective aggregation, processing and marketing of {sector} in {region}",
        ),
    },
}


# Spanish and Portuguese agency names are all feminine so that narratives can
# write "la {agency}" / "a {agency}"; English ones all take "the {agency}".
AGENCY_TEMPLATES: dict[str, tuple[str, ...]] = {
    "es": (
        "Agencia Regional de Desarrollo Económico de {region}",
        "Cámara de Comercio de {region}",
        "Corporación para el Desarrollo Productivo de {region}",
        "Fundación para el Desarrollo Empresarial de {region}",
        "Mancomunidad de Municipios de {region}",
        "Asociación de Desarrollo Económico Local de {region}",
        "Federación de Cooperativas de {region}",
    ),
    "pt": (
        "Agência de Desenvolvimento Regional – {region}",
        "Associação Comercial e Empresarial – {region}",
        "Fundação de Apoio ao Desenvolvimento Territorial – {region}",
        "Agência de Fomento e Inovação – {region}",
        "Rede de Desenvolvimento Econômico Local – {region}",
        "Federação das Associações Empresariais – {region}",
    ),
    "en": (
        "Regional Economic Development Agency of {region}",
        "Chamber of Commerce and Industry of {region}",
        "Small Business Development Centre – {region}",
        "Local Economic Development Foundation of {region}",
        "Regional Development Council of {region}",
        "Community Enterprise Development Trust – {region}",
    ),
}


ACTOR_NAME_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "local_government": (
            "Gobierno Regional de {region}",
            "Mancomunidad de Municipios de {region}",
            "Gerencia de Desarrollo Económico Local de {region}",
            "Asociación de Municipios de {region}",
            "Secretaría de Desarrollo Económico de {region}",
        ),
        "business": (
            "Asociación de Productores de {sector} de {region}",
            "Cámara de Comercio de {region}",
            "Clúster de {sector} de {region}",
            "Cooperativa de Productores de {sector} de {region}",
            "Red de MIPYMES de {sector} de {region}",
        ),
        "university": (
            "Universidad Nacional de {region}",
            "Universidad Tecnológica de {region}",
            "Facultad de Ingeniería de la Universidad Regional de {region}",
            "Instituto de Educación Superior Tecnológico de {region}",
        ),
        "technology_centre": (
            "Centro de Innovación Tecnológica de {sector} de {region}",
            "Laboratorio de Calidad y Metrología de {region}",
            "Parque Tecnológico de {region}",
            "Incubadora de Empresas de Base Tecnológica de {region}",
            "Centro Regional de Investigación y Extensión en {sector}",
        ),
        "civil_society": (
            "Fundación para el Desarrollo Sostenible de {region}",
            "Red de Mujeres Emprendedoras de {region}",
            "Asociación de Jóvenes Emprendedores de {region}",
            "Mesa de Concertación para la Lucha contra la Pobreza de {region}",
            "Consejo Comunitario de Desarrollo de {region}",
        ),
        "large_company": (
            "Grupo Empresarial Continental S.A.",
            "Corporación Agroexportadora del Pacífico S.A.",
            "Compañía Minera Cordillera S.A.",
            "Distribuidora Nacional de Alimentos S.A.",
            "Exportadora Regional de {sector} S.A.",
        ),
        "national_government": (
            "Ministerio de la Producción",
            "Ministerio de Desarrollo Económico",
            "Agencia Nacional de Promoción de Exportaciones e Inversiones",
            "Banco Nacional de Desarrollo",
            "Ministerio de Agricultura y Desarrollo Rural",
            "Servicio Nacional de Capacitación para el Trabajo",
        ),
    },
    "pt": {
        "local_government": (
            "Secretaria de Desenvolvimento Econômico – {region}",
            "Consórcio Intermunicipal de Desenvolvimento – {region}",
            "Associação dos Municípios – {region}",
            "Prefeitura Municipal (sede regional) – {region}",
            "Secretaria Estadual de Planejamento – escritório regional {region}",
        ),
        "business": (
            "Associação de Produtores de {sector} – {region}",
            "Cooperativa de {sector} – {region}",
            "Associação Comercial e Industrial – {region}",
            "Arranjo Produtivo Local de {sector} – {region}",
            "Sindicato das Indústrias de {sector} – {region}",
        ),
        "university": (
            "Universidade Federal – campus {region}",
            "Instituto Federal de Educação, Ciência e Tecnologia – campus {region}",
            "Universidade Estadual – campus {region}",
            "Centro Universitário Regional – {region}",
        ),
        "technology_centre": (
            "Instituto SENAI de Tecnologia em {sector}",
            "Parque Tecnológico – {region}",
            "Centro Vocacional Tecnológico – {region}",
            "Incubadora de Empresas de Base Tecnológica – {region}",
            "Núcleo de Pesquisa e Extensão em {sector} – {region}",
        ),
        "civil_society": (
            "Instituto de Desenvolvimento Sustentável – {region}",
            "Rede de Mulheres Empreendedoras – {region}",
            "Fórum de Desenvolvimento Territorial – {region}",
            "Associação de Agricultores Familiares – {region}",
            "Agência de Desenvolvimento Comunitário – {region}",
        ),
        "large_company": (
            "Companhia Agroindustrial Nordeste S.A.",
            "Mineração Serra Azul S.A.",
            "Grupo Industrial Horizonte S.A.",
            "Rede Atacadista Brasil Central S.A.",
            "Exportadora Regional de {sector} Ltda.",
        ),
        "national_government": (
            "Serviço Brasileiro de Apoio às Micro e Pequenas Empresas (Sebrae)",
            "Banco Nacional de Desenvolvimento Econômico e Social (BNDES)",
            "Ministério do Desenvolvimento, Indústria, Comércio e Serviços (MDIC)",
            "Ministério da Integração e do Desenvolvimento Regional (MIDR)",
            "Financiadora de Estudos e Projetos (Finep)",
            "Agência Brasileira de Desenvolvimento Industrial (ABDI)",
        ),
    },
    "en": {
        "local_government": (
            "Municipal Corporation of {region}",
            "Regional Democratic Council of {region}",
            "Local Economic Development Unit of {region}",
            "Town Council of {region}",
            "District Development Committee of {region}",
        ),
        "business": (
            "Association of {sector} producers of {region}",
            "Chamber of Commerce of {region}",
            "Small Business Association of {region}",
            "Cooperative of {sector} producers – {region}",
            "Network of {sector} MSMEs of {region}",
        ),
        "university": (
            "The University of the West Indies – Open Campus site, {region}",
            "University of Technology – {region} campus",
            "Community College of {region}",
            "Regional Institute of Agriculture and Technology of {region}",
        ),
        "technology_centre": (
            "Centre for Applied Research in {sector}",
            "Innovation and Technology Hub of {region}",
            "Quality and Standards Laboratory of {region}",
            "Agricultural Research and Extension Centre of {region}",
            "Business Incubator for {sector} – {region}",
        ),
        "civil_society": (
            "Community Development Foundation of {region}",
            "Women in Business Network of {region}",
            "Youth Entrepreneurship Council of {region}",
            "Indigenous Peoples' Development Association of {region}",
            "Rural Livelihoods Trust of {region}",
        ),
        "large_company": (
            "Caribbean Agro-Industries Ltd.",
            "Atlantic Energy Services Ltd.",
            "Island Foods Distribution Ltd.",
            "Guiana Shield Resources Inc.",
            "Regional Export Trading Company Ltd.",
        ),
        "national_government": (
            "Ministry of Industry, Investment and Commerce",
            "Ministry of Agriculture and Fisheries",
            "Ministry of Trade and Industry",
            "National Export Promotion Agency",
            "Ministry of Economic Development",
            "Caribbean Development Bank",
        ),
    },
}


ACTOR_ROLES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "local_government": (
            "Preside la mesa público-privada y aporta personal técnico de su oficina de desarrollo económico",
            "Cofinancia infraestructura productiva menor y agiliza licencias y permisos municipales",
            "Integra el modelo en el plan de desarrollo local y asegura presupuesto para su continuidad",
        ),
        "business": (
            "Convoca a las MIPYMES de {sector} y coordina la participación de sus asociados",
            "Aporta contrapartida en especie (instalaciones y horas de gestión) y valida el plan de negocios conjunto",
            "Representa a los productores de {sector} en el comité directivo y en la negociación con compradores",
        ),
        "university": (
            "Levanta la línea de base y realiza la evaluación de resultados del proyecto",
            "Ofrece formación técnica especializada en {sector} para empresarios y trabajadores",
            "Pone sus laboratorios al servicio de las MIPYMES para ensayos y desarrollo de productos",
        ),
        "technology_centre": (
            "Presta asistencia técnica, ensayos de calidad y transferencia tecnológica en {sector}",
            "Gestiona los vouchers de innovación y acompaña la implementación de mejoras de proceso",
            "Desarrolla prototipos y protocolos de certificación junto con las empresas participantes",
        ),
        "civil_society": (
            "Facilita la participación de mujeres y jóvenes emprendedores en las actividades del proyecto",
            "Realiza el seguimiento social y la rendición de cuentas ante las comunidades",
            "Acompaña la organización asociativa de pequeños productores de {sector}",
        ),
        "large_company": (
            "Actúa como empresa ancla: define estándares y compra a proveedores locales calificados de {sector}",
            "Cofinancia el programa de desarrollo de proveedores y comparte su plan de compras",
            "Aporta asistencia técnica de su personal y acceso a su red de distribución",
        ),
        "national_government": (
            "Socio de escalamiento: incorporará el modelo a su programa nacional si los resultados son positivos",
            "Cofinancia la evaluación de impacto y participa en el comité directivo",
            "Alinea sus instrumentos de fomento y financiamiento con el plan de trabajo del proyecto",
        ),
    },
    "pt": {
        "local_government": (
            "Preside o fórum público-privado e cede técnicos da secretaria de desenvolvimento econômico",
            "Cofinancia pequenas obras de infraestrutura produtiva e agiliza alvarás e licenças municipais",
            "Incorpora o modelo ao plano plurianual e garante orçamento para sua continuidade",
        ),
        "business": (
            "Mobiliza os pequenos negócios de {sector} e coordena a participação dos associados",
            "Aporta contrapartida econômica (instalações e horas de gestão) e valida o plano de negócios conjunto",
            "Representa os produtores de {sector} no comitê gestor e nas negociações com compradores",
        ),
        "university": (
            "Levanta a linha de base e conduz a avaliação de resultados do projeto",
            "Oferece capacitação técnica especializada em {sector} para empresários e trabalhadores",
            "Disponibiliza seus laboratórios para ensaios e desenvolvimento de produtos das MPEs",
        ),
        "technology_centre": (
            "Presta assistência técnica, ensaios de qualidade e transferência de tecnologia em {sector}",
            "Operacionaliza os bônus de inovação e acompanha a implantação das melhorias de processo",
            "Desenvolve protótipos e protocolos de certificação com as empresas participantes",
        ),
        "civil_society": (
            "Promove a participação de mulheres e jovens empreendedores nas atividades do projeto",
            "Realiza o controle social e a prestação de contas junto às comunidades",
            "Apoia a organização cooperativa dos pequenos produtores de {sector}",
        ),
        "large_company": (
            "Atua como empresa-âncora: define padrões e compra de fornecedores locais qualificados de {sector}",
            "Cofinancia o programa de desenvolvimento de fornecedores e compartilha seu plano de compras",
            "Cede assistência técnica de sua equipe e acesso à sua rede de distribuição",
        ),
        "national_government": (
            "Parceiro de escala: incorporará o modelo a seu programa nacional se os resultados forem positivos",
            "Cofinancia a avaliação de impacto e participa do comitê gestor",
            "Alinha seus instrumentos de fomento e crédito ao plano de trabalho do projeto",
        ),
    },
    "en": {
        "local_government": (
            "Chairs the public-private platform and seconds staff from its local economic development unit",
            "Co-finances small-scale productive infrastructure and speeds up local permits and licences",
            "Embeds the model in the local development plan and secures budget for its continuity",
        ),
        "business": (
            "Mobilises {sector} MSMEs and coordinates the participation of its members",
            "Provides in-kind counterpart (premises and management time) and validates the joint business plan",
            "Represents {sector} producers on the steering committee and in negotiations with buyers",
        ),
        "university": (
            "Carries out the baseline survey and the project's results evaluation",
            "Delivers specialised technical training in {sector} for entrepreneurs and workers",
            "Opens its laboratories to MSMEs for testing and product development",
        ),
        "technology_centre": (
            "Provides technical assistance, quality testing and technology transfer in {sector}",
            "Manages the innovation vouchers and supports the roll-out of process improvements",
            "Develops prototypes and certification protocols together with participating firms",
        ),
        "civil_society": (
            "Facilitates the participation of women and young entrepreneurs in project activities",
            "Leads social monitoring and accountability to local communities",
            "Supports the organisation of small {sector} producers into groups and cooperatives",
        ),
        "large_company": (
            "Acts as anchor firm: sets standards and buys from qualified local {sector} suppliers",
            "Co-finances the supplier development programme and shares its procurement plan",
            "Provides technical assistance from its staff and access to its distribution network",
        ),
        "national_government": (
            "Scaling partner: will mainstream the model into its national programme if results are positive",
            "Co-finances the impact evaluation and sits on the steering committee",
            "Aligns its enterprise support and financing instruments with the project work plan",
        ),
    },
}


NARRATIVE_TEMPLATES: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "regional_diagnosis": (
            "El territorio de intervención, {region}, concentra una parte significativa del empleo formal e "
            "informal de su entorno, con una estructura productiva dominada por {sector} y {sector2}. Según los "
            "registros administrativos más recientes, la productividad laboral de las MIPYMES locales se sitúa "
            "por debajo del promedio nacional de {country_name}, y la brecha se ha ampliado durante la última "
            "década. El proyecto trabajará con {msmes} MIPYMES que hoy operan con baja escala, escaso acceso a "
            "crédito y débil articulación con compradores formales. La delimitación del territorio se apoya en "
            "criterios funcionales —mercado laboral, flujos comerciales y red vial— y no solo en límites "
            "político-administrativos.",
            "La economía de {region} depende en gran medida de {sector}, actividad que aporta buena parte del "
            "valor agregado territorial pero genera pocos encadenamientos locales. Por su parte, {sector2} muestra "
            "un dinamismo incipiente, impulsado por nuevos emprendimientos y por la demanda de las ciudades "
            "intermedias. Los indicadores sociales (pobreza multidimensional, informalidad y acceso a servicios "
            "básicos) ubican al territorio entre los más rezagados de {country_name}. Este diagnóstico, elaborado "
            "por la {agency} con información censal y una encuesta a empresas, sustenta la clasificación del "
            "territorio y la selección de {msmes} MIPYMES beneficiarias.",
            "En los últimos quince años, {region} ha perdido participación en el producto nacional de "
            "{country_name} a medida que la actividad vinculada a {sector} enfrentó la caída de precios, el cierre "
            "de plantas y la competencia de las importaciones. La pérdida de empleos calificados provocó la "
            "emigración de jóvenes y un deterioro de la base fiscal municipal. Sin embargo, el territorio conserva "
            "activos relevantes: infraestructura instalada, mano de obra con oficio y un tejido de proveedores en "
            "{sector2} que puede reconvertirse. La propuesta parte de un mapeo de {msmes} MIPYMES con potencial de "
            "reconversión y de las capacidades técnicas disponibles en la región.",
            "El territorio de intervención, {region}, atraviesa una fase de crecimiento acelerado: la llegada de "
            "inversiones en {sector} y la mejora de la conectividad vial han elevado la demanda de bienes y "
            "servicios locales. No obstante, la mayoría de los proveedores son microempresas familiares que aún no "
            "cumplen los estándares de calidad, inocuidad o seguridad que exigen los compradores. Por su parte, "
            "{sector2} aparece como segundo motor, con ventajas comparativas claras vinculadas al clima, la "
            "tradición productiva y la cercanía a los mercados. El proyecto busca que este crecimiento se traduzca "
            "en empleo e ingresos para {msmes} MIPYMES del territorio.",
        ),
        "institutional_assessment": (
            "La {agency} cuenta con más de diez años de experiencia en la ejecución de programas de desarrollo "
            "empresarial y con un equipo técnico estable, lo que constituye la principal fortaleza institucional "
            "del proyecto. Los gobiernos locales de {region} han incorporado el desarrollo económico en sus planes "
            "de desarrollo concertado, aunque sus oficinas de promoción empresarial tienen presupuestos reducidos y "
            "alta rotación de personal. Las universidades de la zona disponen de laboratorios y programas "
            "vinculados a {sector}, pero su articulación con las empresas es esporádica y depende de iniciativas "
            "individuales. La principal debilidad identificada es la ausencia de un espacio permanente de "
            "coordinación público-privada con capacidad de decisión.",
            "El mapa institucional de {region} muestra una densidad aceptable de actores, pero con mandatos "
            "superpuestos y escasa coordinación. Las cámaras y gremios de {sector} representan sobre todo a las "
            "empresas medianas, mientras que las microempresas y las asociaciones de productores carecen de "
            "interlocución formal. Las entidades nacionales de {country_name} con presencia en el territorio "
            "—fomento productivo, sanidad agropecuaria y promoción de exportaciones— operan con programas propios "
            "que rara vez se complementan. La {agency} propone asumir la secretaría técnica de una mesa "
            "público-privada para ordenar esta oferta y evitar duplicidades.",
            "Entre las fortalezas destacan una mesa técnica de {sector} activa desde hace varios años, la voluntad "
            "política expresada por las autoridades regionales y la presencia de un centro tecnológico con "
            "servicios de laboratorio. Entre las debilidades, el proyecto identifica la limitada capacidad de "
            "gestión financiera de los municipios, la falta de sistemas de información económica territorial y la "
            "baja confianza entre productores y compradores. La {agency} realizó una autoevaluación institucional "
            "y prevé un plan de fortalecimiento que incluye capacitación en gestión por resultados y contratación "
            "pública. Estas medidas son condición para que las instituciones locales asuman la continuidad del "
            "modelo.",
        ),
        "market_opportunities": (
            "La demanda internacional de {sector} con atributos diferenciados —origen, sostenibilidad certificada "
            "y trazabilidad— crece a tasas superiores a las de los productos convencionales, con primas de precio "
            "de entre 15% y 30%. Compradores de Norteamérica, Europa y Asia han manifestado interés en abastecerse "
            "en {region} siempre que se garanticen volúmenes estables y estándares de calidad verificables. En el "
            "mercado interno, las cadenas de supermercados y el canal de hoteles, restaurantes y cafeterías "
            "demandan proveedores formales de {sector2}. El proyecto ha identificado compradores concretos y "
            "cuenta con cartas de intención de dos de ellos.",
            "Las inversiones previstas en {region} durante los próximos cinco años generarán una demanda estimada "
            "de bienes y servicios locales que hoy se abastece mayoritariamente desde fuera del territorio. Los "
            "planes de compras de las empresas ancla de {sector} incluyen rubros accesibles para las MIPYMES "
            "locales: mantenimiento, metalmecánica liviana, alimentación, transporte y servicios ambientales. "
            "Además, el mercado de {sector2} en las ciudades intermedias de {country_name} ofrece una vía de "
            "diversificación menos dependiente del ciclo de los grandes proyectos. La oportunidad es concreta, pero "
            "exige certificaciones y capacidad de facturación que la mayoría de los proveedores aún no posee.",
            "La digitalización del comercio y los acuerdos comerciales vigentes de {country_name} abren nichos para "
            "productos y servicios de {region} que hasta ahora no llegaban a mercados externos. En {sector}, la "
            "demanda de productos de mayor valor agregado —procesados, empacados y con marca territorial— permite "
            "capturar una proporción mayor del precio final. El turismo y los servicios asociados a {sector2} "
            "constituyen una segunda oportunidad, con flujos de visitantes en aumento. El análisis de mercado de la "
            "propuesta cuantifica estas oportunidades y las vincula con metas de ventas para las empresas "
            "beneficiarias.",
        ),
        "growth_constraints": (
            "Las MIPYMES de {region} enfrentan restricciones que se refuerzan entre sí: acceso limitado al "
            "financiamiento (menos de una de cada cinco obtuvo crédito formal en los últimos dos años), baja "
            "adopción de tecnologías de gestión y producción, e informalidad elevada. En {sector}, la fragmentación "
            "de la oferta impide alcanzar los volúmenes que exigen los compradores y encarece la logística. La "
            "escasez de técnicos calificados y la débil oferta de servicios de desarrollo empresarial completan el "
            "cuadro. La propuesta prioriza las restricciones sobre las que el proyecto puede actuar directamente y "
            "explicita las que dependen de otras políticas.",
            "El principal cuello de botella identificado es la brecha de calidad: buena parte de la producción "
            "local vinculada a {sector} no cumple los requisitos técnicos, sanitarios o de certificación de los "
            "mercados más rentables. A ello se suman costos logísticos elevados por el estado de la red vial "
            "secundaria y la falta de infraestructura de acopio y cadena de frío. En {sector2}, las empresas "
            "carecen de información de mercado y de capacidad para negociar contratos. Estas restricciones se "
            "documentaron mediante una encuesta a 240 empresas y grupos focales con productores.",
            "En {region}, la cultura asociativa es débil y la desconfianza entre productores, intermediarios y "
            "empresas ancla dificulta los acuerdos de largo plazo. Los trámites para formalizarse, obtener registros "
            "sanitarios y acceder a las compras públicas resultan costosos para las microempresas. El acceso a la "
            "conectividad digital es desigual entre las zonas urbanas y las comunidades rurales, lo que limita el "
            "uso del comercio electrónico y de los pagos digitales. Sin una intervención coordinada, estas "
            "restricciones impedirán que el crecimiento de la cadena de {sector} se traduzca en mejores ingresos "
            "para las {msmes} MIPYMES del territorio.",
        ),
        "scaling_pathway": (
            "Desde su diseño, el proyecto involucra a las entidades nacionales de {country_name} responsables de la "
            "política de desarrollo productivo, que participan en el comité directivo y cofinancian la evaluación. "
            "Si el piloto en {region} alcanza las metas previstas, el modelo se incorporará a un programa nacional "
            "de desarrollo de proveedores con recursos presupuestarios propios. La {agency} elaborará un manual "
            "operativo y una guía de costos que faciliten su adopción por otras agencias regionales. La ruta de "
            "escalamiento contempla además una línea de crédito de la banca de desarrollo para las empresas que "
            "completen el programa.",
            "La estrategia de escalamiento combina dos vías: la replicación en territorios de tipología similar y "
            "la incidencia en la normativa. En la primera, se priorizan tres regiones con una estructura productiva "
            "comparable en torno a {sector}, cuyos gobiernos han expresado interés formal. En la segunda, los "
            "aprendizajes del proyecto alimentarán la reforma de los instrumentos de fomento productivo y de compras "
            "públicas que actualmente discute el gobierno de {country_name}. Los productos de conocimiento —notas "
            "técnicas, estudios de caso y evaluación de impacto— están dirigidos explícitamente a estos tomadores "
            "de decisión.",
            "La sostenibilidad del modelo descansa en que la mesa público-privada creada por el proyecto quede "
            "institucionalizada mediante ordenanza regional, con presupuesto asignado a partir del tercer año. Las "
            "empresas ancla de {sector} se han comprometido a mantener los programas de desarrollo de proveedores "
            "con fondos propios una vez concluido el financiamiento. La {agency} compartirá los resultados con la "
            "red de agencias de desarrollo regional de {country_name} y con organismos multilaterales para "
            "facilitar su adaptación en otros territorios. Se prevé un taller nacional de transferencia en el último "
            "semestre de ejecución.",
        ),
        "results_plan": (
            "El sistema de medición de resultados parte de una línea de base levantada en los primeros cuatro meses "
            "con las {msmes} MIPYMES beneficiarias y un grupo de comparación de características similares. Los "
            "indicadores principales son la variación de las ventas, la productividad laboral, el empleo formal y "
            "el acceso a nuevos mercados; los secundarios incluyen la adopción de tecnologías y la participación en "
            "redes empresariales. Las mediciones se repetirán a mitad de ejecución y al cierre, con una evaluación "
            "externa final. La {agency} publicará los resultados en un tablero abierto y en informes semestrales.",
            "La propuesta define una cadena de resultados explícita que vincula actividades, productos, efectos e "
            "impacto, con metas anuales para cada indicador. Entre las metas destacan un aumento de 20% en las "
            "ventas de las empresas participantes, que el 35% de ellas acceda a un nuevo comprador o mercado y al "
            "menos 300 empleos formales creados o mantenidos en {sector} y {sector2}. La recolección de datos "
            "combinará registros administrativos, encuestas a empresas y la plataforma de seguimiento de la "
            "{agency}. Se prevé una evaluación de impacto cuasiexperimental con diferencias en diferencias.",
            "Además de medir resultados, el plan incluye una agenda de conocimiento: un estudio de caso sobre la "
            "gobernanza público-privada en {region}, una nota técnica sobre desarrollo de proveedores en {sector} y "
            "un análisis de costo-efectividad del modelo. Los indicadores se desagregan por sexo de la persona "
            "propietaria, tamaño de empresa y zona urbana o rural. Un comité técnico con participación de la "
            "universidad local validará la metodología y la calidad de los datos. Los hallazgos se difundirán en "
            "foros nacionales y regionales de desarrollo económico local.",
        ),
    },
    "pt": {
        "regional_diagnosis": (
            "O território de intervenção, {region}, concentra parcela expressiva do emprego formal e informal do "
            "seu entorno, com uma estrutura produtiva dominada por {sector} e {sector2}. Segundo os registros "
            "administrativos mais recentes (RAIS e Cadastro Central de Empresas do IBGE), a produtividade do "
            "trabalho nos pequenos negócios locais está abaixo da média nacional, e a diferença aumentou na última "
            "década. O projeto atenderá {msmes} micro e pequenas empresas que hoje operam em baixa escala, com "
            "acesso restrito a crédito e fraca articulação com compradores formais. A delimitação do território "
            "segue critérios funcionais — mercado de trabalho, fluxos comerciais e malha viária — e não apenas "
            "limites político-administrativos.",
            "A economia do território, {region}, depende fortemente de {sector}, atividade que responde por boa "
            "parte do valor adicionado local, mas gera poucos encadeamentos. Paralelamente, o segmento de "
            "{sector2} mostra dinamismo incipiente, impulsionado por novos empreendimentos e pela demanda das "
            "cidades médias. Os indicadores sociais (pobreza multidimensional, informalidade e acesso a serviços "
            "básicos) situam a região entre as mais vulneráveis do país. O diagnóstico, elaborado pela {agency} "
            "com dados censitários e pesquisa junto às empresas, fundamenta a tipologia do território e a seleção "
            "das {msmes} MPEs beneficiárias.",
            "Nos últimos quinze anos, a região de intervenção, {region}, perdeu participação no PIB estadual à "
            "medida que a atividade ligada a {sector} enfrentou queda de preços, fechamento de plantas e "
            "concorrência de importados. A perda de empregos qualificados provocou a saída de jovens e a "
            "deterioração da base fiscal dos municípios. Ainda assim, a região conserva ativos relevantes: "
            "infraestrutura instalada, mão de obra com ofício e uma rede de fornecedores em {sector2} com potencial "
            "de reconversão. A proposta parte de um mapeamento de {msmes} pequenos negócios aptos à reconversão e "
            "das capacidades técnicas disponíveis localmente.",
            "A região de intervenção, {region}, vive uma fase de crescimento acelerado: a chegada de investimentos "
            "em {sector} e a melhoria da infraestrutura logística elevaram a demanda por bens e serviços locais. "
            "Contudo, a maioria dos fornecedores são microempresas familiares que ainda não atendem aos padrões de "
            "qualidade, segurança e conformidade exigidos pelos compradores. O segmento de {sector2} surge como "
            "segundo vetor de crescimento, com vantagens comparativas ligadas ao clima, à tradição produtiva e à "
            "proximidade dos mercados. O projeto busca converter esse crescimento em emprego e renda para {msmes} "
            "MPEs do território.",
        ),
        "institutional_assessment": (
            "A entidade executora, {agency}, tem mais de dez anos de experiência na execução de programas de "
            "desenvolvimento empresarial e conta com equipe técnica estável, o que constitui a principal fortaleza "
            "institucional do projeto. As prefeituras do território incorporaram o desenvolvimento econômico a "
            "seus planos plurianuais, mas as secretarias responsáveis têm orçamento reduzido e alta rotatividade "
            "de pessoal. As universidades e os institutos federais da região dispõem de laboratórios e cursos "
            "ligados a {sector}, porém a interação com as empresas é esporádica e depende de iniciativas "
            "individuais. A principal fragilidade identificada é a ausência de uma instância permanente de "
            "governança público-privada com poder de decisão.",
            "O mapa institucional do território ({region}) mostra densidade razoável de atores, mas com "
            "atribuições sobrepostas e pouca coordenação. As entidades empresariais de {sector} representam "
            "sobretudo as empresas de médio porte, enquanto microempreendedores e cooperativas de pequenos "
            "produtores não têm interlocução formal. Os órgãos federais e estaduais presentes na região — fomento, "
            "defesa agropecuária e promoção comercial — operam programas próprios que raramente se complementam. "
            "A {agency} propõe assumir a secretaria executiva de um fórum público-privado para organizar essa "
            "oferta e evitar sobreposições.",
            "Entre as fortalezas destacam-se uma câmara setorial de {sector} ativa há vários anos, o compromisso "
            "político das lideranças regionais e a presença de um centro tecnológico com serviços laboratoriais. "
            "Entre as fragilidades, o projeto aponta a limitada capacidade de gestão financeira dos municípios, a "
            "falta de sistemas de informação econômica territorial e a baixa confiança entre produtores e "
            "compradores. A {agency} realizou uma autoavaliação institucional e prevê um plano de fortalecimento "
            "que inclui capacitação em gestão por resultados e compras públicas. Essas medidas são condição para "
            "que as instituições locais assumam a continuidade do modelo.",
        ),
        "market_opportunities": (
            "A demanda internacional por {sector} com atributos diferenciados — origem, sustentabilidade "
            "certificada e rastreabilidade — cresce a taxas superiores às dos produtos convencionais, com prêmios "
            "de preço entre 15% e 30%. Compradores da América do Norte, da Europa e da Ásia manifestaram interesse "
            "em se abastecer na região, desde que haja volumes estáveis e padrões de qualidade verificáveis. No "
            "mercado interno, as redes de supermercados e o canal de food service demandam fornecedores formais de "
            "{sector2}. O projeto identificou compradores concretos e já conta com cartas de intenção de dois "
            "deles.",
            "Os investimentos previstos para a região nos próximos cinco anos gerarão uma demanda expressiva de "
            "bens e serviços locais, hoje atendida majoritariamente por empresas de fora do território. Os planos "
            "de compras das empresas-âncora de {sector} incluem itens acessíveis às MPEs locais: manutenção, "
            "metalmecânica leve, alimentação, transporte e serviços ambientais. Além disso, o mercado de {sector2} "
            "nas cidades médias oferece uma via de diversificação menos dependente do ciclo dos grandes projetos. "
            "A oportunidade é concreta, mas exige certificações e capacidade de faturamento que a maioria dos "
            "fornecedores ainda não tem.",
            "A digitalização do comércio e os acordos comerciais negociados pelo Mercosul abrem nichos para "
            "produtos e serviços do território ({region}) que até agora não chegavam a mercados externos. Na "
            "cadeia de {sector}, a demanda por produtos de maior valor agregado — processados, embalados e com "
            "marca territorial — permite capturar parcela maior do preço final. O turismo e os serviços associados "
            "a {sector2} constituem uma segunda oportunidade, com fluxo crescente de visitantes. A análise de "
            "mercado da proposta quantifica essas oportunidades e as vincula a metas de vendas para as empresas "
            "beneficiárias.",
        ),
        "growth_constraints": (
            "Os pequenos negócios do território enfrentam restrições que se reforçam mutuamente: acesso limitado a "
            "financiamento (menos de um em cada cinco obteve crédito formal nos últimos dois anos), baixa adoção "
            "de tecnologias de gestão e produção e elevada informalidade. Na cadeia de {sector}, a fragmentação da "
            "oferta impede alcançar os volumes exigidos pelos compradores e encarece a logística. A escassez de "
            "técnicos qualificados e a oferta insuficiente de serviços de desenvolvimento empresarial completam o "
            "quadro. A proposta prioriza as restrições sobre as quais o projeto pode atuar diretamente e explicita "
            "as que dependem de outras políticas.",
            "O principal gargalo identificado é a defasagem de qualidade: boa parte da produção local ligada a "
            "{sector} não atende às exigências técnicas, sanitárias ou de certificação dos mercados mais "
            "rentáveis. Somam-se a isso custos logísticos elevados, devido às condições das estradas vicinais e à "
            "falta de infraestrutura de armazenagem e cadeia de frio. No segmento de {sector2}, as empresas "
            "carecem de informação de mercado e de capacidade para negociar contratos. Essas restrições foram "
            "documentadas por meio de pesquisa com 240 empresas e grupos focais com produtores.",
            "Na região ({region}), a cultura associativa é frágil e a desconfiança entre produtores, "
            "atravessadores e empresas-âncora dificulta acordos de longo prazo. Os procedimentos de formalização, "
            "obtenção de registros sanitários e acesso às compras públicas são onerosos para as microempresas. O "
            "acesso à conectividade digital é desigual entre as sedes urbanas e as comunidades rurais, o que limita "
            "o uso do comércio eletrônico e de meios de pagamento como o Pix. Sem uma intervenção coordenada, "
            "essas restrições impedirão que o crescimento da cadeia de {sector} se traduza em mais renda para as "
            "{msmes} MPEs do território.",
        ),
        "scaling_pathway": (
            "Desde a concepção, o projeto envolve os órgãos federais responsáveis pela política de desenvolvimento "
            "produtivo, que participam do comitê gestor e cofinanciam a avaliação. Se o piloto atingir as metas "
            "previstas, o modelo será incorporado a um programa nacional de desenvolvimento de fornecedores com "
            "recursos orçamentários próprios. A {agency} elaborará um manual operacional e um guia de custos que "
            "facilitem a adoção por outras agências regionais. A rota de escala prevê ainda uma linha de crédito "
            "do BNDES, operada por bancos de desenvolvimento estaduais, para as empresas que concluírem o "
            "programa.",
            "A estratégia de escala combina duas vias: a replicação em territórios de tipologia semelhante e a "
            "incidência sobre a regulamentação. Na primeira, priorizam-se três regiões com estrutura produtiva "
            "comparável em torno de {sector}, cujos governos manifestaram interesse formal. Na segunda, os "
            "aprendizados do projeto alimentarão a revisão dos instrumentos de fomento produtivo e de compras "
            "públicas em discussão nos governos estadual e federal. Os produtos de conhecimento — notas técnicas, "
            "estudos de caso e avaliação de impacto — são dirigidos explicitamente a esses tomadores de decisão.",
            "A sustentabilidade do modelo depende de que o fórum público-privado criado pelo projeto seja "
            "institucionalizado por lei municipal ou decreto estadual, com orçamento próprio a partir do terceiro "
            "ano. As empresas-âncora de {sector} comprometeram-se a manter os programas de desenvolvimento de "
            "fornecedores com recursos próprios após o término do financiamento. A {agency} compartilhará os "
            "resultados com a rede nacional de agências de desenvolvimento e com organismos multilaterais, para "
            "facilitar a adaptação em outros territórios. Está previsto um seminário nacional de transferência no "
            "último semestre de execução.",
        ),
        "results_plan": (
            "O sistema de medição de resultados parte de uma linha de base levantada nos primeiros quatro meses com "
            "as {msmes} MPEs beneficiárias e um grupo de comparação com características semelhantes. Os "
            "indicadores principais são a variação do faturamento, a produtividade do trabalho, o emprego formal e "
            "o acesso a novos mercados; os secundários incluem a adoção de tecnologias e a participação em redes "
            "empresariais. As medições serão repetidas na metade e ao final do projeto, com avaliação externa "
            "final. A {agency} publicará os resultados em um painel aberto e em relatórios semestrais.",
            "A proposta define uma cadeia de resultados explícita, que vincula atividades, produtos, efeitos e "
            "impacto, com metas anuais para cada indicador. Entre as metas destacam-se o aumento de 20% no "
            "faturamento das empresas participantes, o acesso de 35% delas a um novo comprador ou mercado e pelo "
            "menos 300 empregos formais criados ou mantidos em {sector} e {sector2}. A coleta de dados combinará "
            "registros administrativos (RAIS e notas fiscais eletrônicas), pesquisas com empresas e a plataforma "
            "de monitoramento da {agency}. Está prevista uma avaliação de impacto quase experimental por "
            "diferenças em diferenças.",
            "Além de medir resultados, o plano inclui uma agenda de conhecimento: um estudo de caso sobre a "
            "governança público-privada construída na região ({region}), uma nota técnica sobre desenvolvimento "
            "de fornecedores em {sector} e uma análise de custo-efetividade do modelo. Os indicadores serão "
            "desagregados por sexo do proprietário, porte da empresa e zona urbana ou rural. Um comitê técnico com "
            "participação da universidade local validará a metodologia e a qualidade dos dados. Os achados serão "
            "divulgados em fóruns nacionais e regionais de desenvolvimento econômico local.",
        ),
    },
    "en": {
        "regional_diagnosis": (
            "The target territory, {region}, accounts for a significant share of formal and informal employment in "
            "its surroundings, with a productive structure dominated by {sector} and {sector2}. According to the "
            "most recent administrative records, labour productivity among local MSMEs is well below the national "
            "average for {country_name}, and the gap has widened over the last decade. The project will work with "
            "{msmes} MSMEs that currently operate at low scale, with limited access to credit and weak links to "
            "formal buyers. The territory has been delimited using functional criteria — labour market, trade "
            "flows and road network — rather than administrative boundaries alone.",
            "The economy of {region} relies heavily on {sector}, which generates much of the territory's value "
            "added but few local linkages. At the same time, {sector2} is showing early dynamism, driven by new "
            "ventures and demand from the main towns. Social indicators (multidimensional poverty, informality and "
            "access to basic services) place the territory among the most disadvantaged in {country_name}. This "
            "diagnosis, prepared by the {agency} using census data and an enterprise survey, underpins the "
            "classification of the territory and the selection of {msmes} beneficiary MSMEs.",
            "Over the past fifteen years, {region} has lost ground in national output as activities linked to "
            "{sector} faced falling prices, plant closures and import competition. The loss of skilled jobs has "
            "driven the out-migration of young people and eroded the local revenue base. Nevertheless, the "
            "territory retains important assets: installed infrastructure, an experienced workforce and a base of "
            "suppliers in {sector2} with potential for conversion. The proposal builds on a mapping of {msmes} "
            "MSMEs with conversion potential and of the technical capabilities available locally.",
            "The target territory, {region}, is going through a phase of rapid growth: new investment in {sector} "
            "and improved transport connectivity have raised demand for local goods and services. However, most "
            "suppliers are family-run micro-enterprises that do not yet meet the quality, safety or compliance "
            "standards required by buyers. Meanwhile, {sector2} stands out as a second engine of growth, with "
            "clear comparative advantages linked to climate, productive tradition and proximity to markets. The "
            "project aims to ensure that this growth translates into jobs and income for {msmes} local MSMEs.",
        ),
        "institutional_assessment": (
            "The {agency} has more than ten years of experience implementing enterprise development programmes and "
            "a stable technical team, which is the project's main institutional strength. Local authorities in "
            "{region} have included economic development in their development plans, but their business promotion "
            "units have small budgets and high staff turnover. Tertiary institutions in the area offer laboratories "
            "and programmes related to {sector}, yet their engagement with firms is sporadic and depends on "
            "individual initiative. The key weakness identified is the absence of a permanent public-private "
            "coordination body with decision-making authority.",
            "The institutional map of {region} shows a reasonable density of actors but overlapping mandates and "
            "little coordination. Business associations in {sector} mainly represent medium-sized firms, while "
            "micro-enterprises and producer groups lack formal representation. National agencies of "
            "{country_name} present in the territory — enterprise promotion, agricultural health and export "
            "development — run their own programmes, which rarely complement one another. The {agency} proposes to "
            "act as technical secretariat of a public-private platform to align this support and avoid "
            "duplication.",
            "Strengths include a {sector} working group that has met regularly for several years, clear political "
            "commitment from regional leaders and the presence of a technology centre offering laboratory "
            "services. Weaknesses include the limited financial management capacity of local authorities, the lack "
            "of territorial economic information systems and low trust between producers and buyers. The {agency} "
            "has completed an institutional self-assessment and plans a strengthening programme covering "
            "results-based management and public procurement. These measures are a precondition for local "
            "institutions to take ownership of the model after the project ends.",
        ),
        "market_opportunities": (
            "International demand for differentiated {sector} — with certified origin, sustainability credentials "
            "and traceability — is growing faster than demand for conventional products, with price premiums of 15% "
            "to 30%. Buyers in North America, Europe and the wider Caribbean have expressed interest in sourcing "
            "from {region}, provided that volumes are stable and quality standards can be verified. Domestically, "
            "supermarket chains and the hotel and restaurant trade are looking for formal suppliers of {sector2}. "
            "The project has identified specific buyers and holds letters of intent from two of them.",
            "Investments planned in {region} over the next five years will generate substantial demand for local "
            "goods and services, most of which is currently sourced from outside the territory. The procurement "
            "plans of anchor companies in {sector} include categories accessible to local MSMEs: maintenance, light "
            "fabrication, catering, transport and environmental services. In addition, the market for {sector2} in "
            "the main towns of {country_name} offers a diversification path less dependent on the cycle of large "
            "projects. The opportunity is real, but it requires certifications and invoicing capacity that most "
            "suppliers do not yet have.",
            "The growth of digital trade and the CARICOM Single Market and Economy open niches for products and "
            "services from {region} that have so far not reached external markets. In {sector}, demand for "
            "higher value-added products — processed, packaged and carrying a territorial brand — makes it possible "
            "to capture a larger share of the final price. Tourism and services linked to {sector2} represent a "
            "second opportunity, with visitor numbers rising steadily. The proposal's market analysis quantifies "
            "these opportunities and links them to sales targets for participating firms.",
        ),
        "growth_constraints": (
            "MSMEs in {region} face mutually reinforcing constraints: limited access to finance (fewer than one in "
            "five has obtained formal credit in the last two years), low adoption of management and production "
            "technologies, and high informality. In {sector}, fragmented supply prevents firms from reaching the "
            "volumes buyers require and raises logistics costs. A shortage of skilled technicians and a thin market "
            "for business development services complete the picture. The proposal prioritises the constraints the "
            "project can address directly and makes explicit those that depend on other policies.",
            "The main bottleneck identified is the quality gap: much of the local output linked to {sector} does "
            "not meet the technical, sanitary or certification requirements of the most profitable markets. "
            "Logistics costs are high because of the condition of feeder roads and the lack of aggregation and "
            "cold-storage facilities. In {sector2}, firms lack market intelligence and the capacity to negotiate "
            "contracts. These constraints were documented through a survey of 240 firms and focus groups with "
            "producers.",
            "In {region}, the culture of collective action is weak, and mistrust between producers, intermediaries "
            "and anchor firms hinders long-term agreements. Registration, licensing and access to public "
            "procurement are costly for micro-enterprises. Digital connectivity is uneven between the main towns "
            "and rural communities, which limits the use of e-commerce and digital payments. Without a coordinated "
            "intervention, these constraints will prevent growth in {sector} from translating into higher incomes "
            "for the {msmes} participating MSMEs.",
        ),
        "scaling_pathway": (
            "From the outset, the project involves the national ministries of {country_name} responsible for "
            "productive development policy, which sit on the steering committee and co-finance the evaluation. If "
            "the pilot in {region} meets its targets, the model will be incorporated into a national supplier "
            "development programme with its own budget allocation. The {agency} will produce an operations manual "
            "and a cost guide to facilitate adoption by other regional agencies. The scaling pathway also includes "
            "a credit line from the national development bank for firms that complete the programme.",
            "The scaling strategy combines two routes: replication in territories of a similar type and influence "
            "on regulation. Under the first, three regions with a comparable productive structure around {sector} "
            "have been prioritised, and their authorities have expressed formal interest. Under the second, lessons "
            "from the project will feed into the review of enterprise support instruments and public procurement "
            "rules currently under discussion in {country_name}. Knowledge products — technical notes, case "
            "studies and an impact evaluation — are explicitly targeted at these decision-makers.",
            "The sustainability of the model depends on the public-private platform created by the project being "
            "institutionalised by regulation, with its own budget from the third year onwards. Anchor companies in "
            "{sector} have committed to maintaining supplier development programmes with their own funds once "
            "external financing ends. The {agency} will share results with national and regional development "
            "partners, including CARICOM institutions, to facilitate adaptation in other territories. A national "
            "knowledge-transfer workshop is planned for the final six months of implementation.",
        ),
        "results_plan": (
            "The results measurement system starts from a baseline collected in the first four months with the "
            "{msmes} beneficiary MSMEs and a comparison group with similar characteristics. The main indicators are "
            "changes in sales, labour productivity, formal employment and access to new markets; secondary "
            "indicators include technology adoption and participation in business networks. Measurements will be "
            "repeated at mid-term and at completion, followed by an external final evaluation. The {agency} will "
            "publish results on an open dashboard and in six-monthly reports.",
            "The proposal sets out an explicit results chain linking activities, outputs, outcomes and impact, "
            "with annual targets for each indicator. Key targets include a 20% increase in participating firms' "
            "sales, 35% of them gaining access to a new buyer or market, and at least 300 formal jobs created or "
            "retained in {sector} and {sector2}. Data collection will combine administrative records, enterprise "
            "surveys and the monitoring platform of the {agency}. A quasi-experimental impact evaluation using "
            "difference-in-differences is planned.",
            "Beyond measuring results, the plan includes a knowledge agenda: a case study on public-private "
            "governance in {region}, a technical note on supplier development in {sector} and a cost-effectiveness "
            "analysis of the model. Indicators will be disaggregated by owner's sex, firm size and urban or rural "
            "location. A technical committee including the local university will validate the methodology and "
            "data quality. Findings will be disseminated at national and regional local economic development "
            "forums.",
        ),
    },
}


JUSTIFICATION_TEMPLATES: dict[str, dict[int, tuple[str, ...]]] = {
    "es": {
        0: (
            "La propuesta no aborda el subcriterio «{subcriterion}»: no hay información ni evidencia sobre este aspecto para {region}.",
            "No se encontró contenido relativo a «{subcriterion}»; la sección correspondiente está vacía o repite generalidades sin referencia a {region}.",
            "«{subcriterion}» está ausente: la propuesta no identifica actores, datos ni compromisos que permitan evaluarlo.",
            "Sin evidencia para «{subcriterion}». Los anexos mencionados no se adjuntaron y el texto no ofrece sustento alguno.",
        ),
        1: (
            "«{subcriterion}» se menciona de forma genérica, sin datos específicos de {region} ni fuentes verificables.",
            "El tratamiento de «{subcriterion}» es débil: se enuncian intenciones, pero no se describen mecanismos, responsables ni plazos.",
            "La información sobre «{subcriterion}» es escasa y en parte contradictoria con otras secciones de la propuesta.",
            "«{subcriterion}» se resuelve con una sola afirmación general; no hay evidencia documental que la respalde para {region}.",
        ),
        2: (
            "«{subcriterion}» se aborda parcialmente: hay información relevante sobre {region}, pero faltan datos cuantitativos y la identificación de responsables.",
            "El análisis de «{subcriterion}» cubre los aspectos principales, aunque omite actores o variables clave y no cita fuentes actualizadas.",
            "Tratamiento aceptable pero incompleto de «{subcriterion}»: los compromisos descritos son verbales o están en proceso de formalización.",
            "«{subcriterion}» está presente y es coherente con el diagnóstico de {region}, pero su nivel de detalle no permite verificar su viabilidad.",
        ),
        3: (
            "Buen desarrollo de «{subcriterion}»: la propuesta presenta datos específicos de {region} y fuentes verificables, con brechas menores.",
            "«{subcriterion}» está bien sustentado y articulado con el resto de la propuesta; solo falta precisar metas intermedias.",
            "El tratamiento de «{subcriterion}» es sólido: identifica actores, roles y compromisos formales, aunque uno de los socios clave solo presenta carta de intención.",
            "«{subcriterion}» se desarrolla con claridad y evidencia suficiente; se recomienda reforzar la desagregación de datos por municipio.",
        ),
        4: (
            "Tratamiento excelente de «{subcriterion}»: información completa, cuantificada y respaldada por acuerdos firmados y fuentes oficiales para {region}.",
            "«{subcriterion}» es un punto fuerte de la propuesta: el análisis es riguroso, actualizado y está directamente vinculado con las actividades y metas.",
            "«{subcriterion}» se aborda de manera ejemplar, con evidencia verificable, responsables claros y mecanismos de seguimiento; puede servir de referencia para otras propuestas.",
            "Todo lo que exige «{subcriterion}» está presente y documentado; la propuesta además incorpora lecciones de experiencias previas en {region}.",
        ),
    },
    "pt": {
        0: (
            "A proposta não aborda o subcritério “{subcriterion}”: não há informação nem evidência sobre esse aspecto para o território ({region}).",
            "Não foi encontrado conteúdo relativo a “{subcriterion}”; a seção correspondente está vazia ou repete generalidades sem referência à região ({region}).",
            "“{subcriterion}” está ausente: a proposta não identifica atores, dados nem compromissos que permitam avaliá-lo.",
            "Sem evidência para “{subcriterion}”. Os anexos mencionados não foram enviados e o texto não oferece qualquer fundamentação.",
        ),
        1: (
            "“{subcriterion}” é mencionado de forma genérica, sem dados específicos do território ({region}) nem fontes verificáveis.",
            "O tratamento de “{subcriterion}” é frágil: enunciam-se intenções, mas não se descrevem mecanismos, responsáveis nem prazos.",
            "A informação sobre “{subcriterion}” é escassa e em parte contraditória com outras seções da proposta.",
            "“{subcriterion}” se resume a uma afirmação geral, sem evidência documental que a sustente para a região ({region}).",
        ),
        2: (
            "“{subcriterion}” é abordado parcialmente: há informação relevante sobre o território ({region}), mas faltam dados quantitativos e a definição de responsáveis.",
            "A análise de “{subcriterion}” cobre os aspectos principais, porém omite atores ou variáveis-chave e não cita fontes atualizadas.",
            "Tratamento aceitável, mas incompleto, de “{subcriterion}”: os compromissos descritos são verbais ou estão em processo de formalização.",
            "“{subcriterion}” está presente e é coerente com o diagnóstico, mas o nível de detalhe não permite verificar sua viabilidade.",
        ),
        3: (
            "Bom desenvolvimento de “{subcriterion}”: a proposta apresenta dados específicos do território ({region}) e fontes verificáveis, com lacunas menores.",
            "“{subcriterion}” está bem fundamentado e articulado com o restante da proposta; falta apenas detalhar metas intermediárias.",
            "O tratamento de “{subcriterion}” é sólido: identifica atores, papéis e compromissos formais, embora um dos parceiros-chave tenha apresentado apenas carta de intenção.",
            "“{subcriterion}” é desenvolvido com clareza e evidência suficiente; recomenda-se reforçar a desagregação dos dados por município.",
        ),
        4: (
            "Tratamento excelente de “{subcriterion}”: informação completa, quantificada e respaldada por acordos assinados e fontes oficiais para o território ({region}).",
            "“{subcriterion}” é um ponto forte da proposta: a análise é rigorosa, atualizada e diretamente vinculada às atividades e metas.",
            "“{subcriterion}” é abordado de forma exemplar, com evidência verificável, responsáveis definidos e mecanismos de monitoramento; pode servir de referência para outras propostas.",
            "Tudo o que “{subcriterion}” exige está presente e documentado; a proposta ainda incorpora lições de experiências anteriores na região ({region}).",
        ),
    },
    "en": {
        0: (
            "The proposal does not address “{subcriterion}”: there is no information or evidence on this aspect for {region}.",
            "No content relating to “{subcriterion}” was found; the relevant section is empty or repeats general statements with no reference to {region}.",
            "“{subcriterion}” is absent: the proposal identifies no actors, data or commitments against which it could be assessed.",
            "No evidence for “{subcriterion}”. The annexes referred to were not attached and the text provides no support.",
        ),
        1: (
            "“{subcriterion}” is mentioned only in generic terms, with no data specific to {region} and no verifiable sources.",
            "The treatment of “{subcriterion}” is weak: intentions are stated, but no mechanisms, responsibilities or timelines are described.",
            "Information on “{subcriterion}” is scarce and partly inconsistent with other sections of the proposal.",
            "“{subcriterion}” is covered by a single general statement, with no documentary evidence for {region} to back it up.",
        ),
        2: (
            "“{subcriterion}” is partially addressed: there is relevant information on {region}, but quantitative data and clear responsibilities are missing.",
            "The analysis of “{subcriterion}” covers the main points but omits key actors or variables and cites no up-to-date sources.",
            "Acceptable but incomplete treatment of “{subcriterion}”: the commitments described are verbal or still being formalised.",
            "“{subcriterion}” is present and consistent with the diagnosis of {region}, but the level of detail does not allow its feasibility to be verified.",
        ),
        3: (
            "Good treatment of “{subcriterion}”: the proposal presents data specific to {region} and verifiable sources, with minor gaps.",
            "“{subcriterion}” is well substantiated and consistent with the rest of the proposal; only interim targets need to be specified.",
            "The treatment of “{subcriterion}” is solid: actors, roles and formal commitments are identified, although one key partner has provided only a letter of intent.",
            "“{subcriterion}” is set out clearly and with sufficient evidence; disaggregating the data by municipality or district would strengthen it.",
        ),
        4: (
            "Excellent treatment of “{subcriterion}”: complete, quantified information backed by signed agreements and official sources for {region}.",
            "“{subcriterion}” is a major strength of the proposal: the analysis is rigorous, up to date and directly linked to activities and targets.",
            "“{subcriterion}” is addressed in an exemplary way, with verifiable evidence, clear responsibilities and monitoring mechanisms; it could serve as a benchmark for other proposals.",
            "Everything “{subcriterion}” requires is present and documented; the proposal also draws on lessons from previous experience in {region}.",
        ),
    },
}


EVALUATORS: tuple[tuple[str, str], ...] = (
    ("Ana Lucía Quispe", "es"),
    ("Carlos Andrés Restrepo", "es"),
    ("María Fernanda Orozco", "es"),
    ("Jorge Luis Mamani", "es"),
    ("Gabriela Sosa Benítez", "es"),
    ("Ricardo Alfaro Montenegro", "es"),
    ("Verónica Castañeda Ruiz", "es"),
    ("Héctor Villalobos", "es"),
    ("Paola Ríos Chávez", "es"),
    ("Luis Enrique Zelaya", "es"),
    ("João Batista Ferreira", "pt"),
    ("Mariana Albuquerque Souza", "pt"),
    ("Luiz Cláudio Nogueira", "pt"),
    ("Marcia Campbell", "en"),
    ("Devon Ramsaran", "en"),
    ("Keisha Williams", "en"),
)
